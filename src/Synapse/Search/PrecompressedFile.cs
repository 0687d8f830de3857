using System.IO.Compression;

namespace Synapse.Search;

/// <summary>
/// Writes a file with gzip (.gz) and Brotli (.br) copies next to it, for hosts that serve precompressed files.
/// Brotli runs at quality 10: on the site's index it is about 3× faster than quality 11 (0.35 s against 1 s
/// of CPU for 620 KB) for a file 7% larger, and still 16% smaller than gzip -9.
/// </summary>
internal static class PrecompressedFile
{
    private const int BrotliQuality = 10;
    private const int BrotliWindowBits = 22;

    public static void Write(string path, byte[] content)
    {
        File.WriteAllBytes(path, content);
        File.WriteAllBytes(path + ".gz", Gzip(content));
        File.WriteAllBytes(path + ".br", Brotli(content));
    }

    public static byte[] Gzip(byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true)) gzip.Write(content);
        return buffer.ToArray();
    }

    public static byte[] Brotli(byte[] content)
    {
        using var encoder = new BrotliEncoder(BrotliQuality, BrotliWindowBits);
        var output = new byte[BrotliEncoder.GetMaxCompressedLength(content.Length)];
        var status = encoder.Compress(content, output, out _, out int written, isFinalBlock: true);
        if (status != System.Buffers.OperationStatus.Done) throw new InvalidOperationException($"Brotli compression failed: {status}.");
        return output[..written];
    }
}
