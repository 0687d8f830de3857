using System.IO.Compression;

namespace Synapse.Search;

/// <summary>Writes a file with gzip (.gz) and Brotli (.br) copies next to it, compressed at the smallest size.</summary>
internal static class PrecompressedFile
{
    public static void Write(string path, byte[] content)
    {
        File.WriteAllBytes(path, content);
        File.WriteAllBytes(path + ".gz", Gzip(content));
        File.WriteAllBytes(path + ".br", Brotli(content));
    }

    public static byte[] Gzip(byte[] content) => Compress(content, s => new GZipStream(s, CompressionLevel.SmallestSize, leaveOpen: true));

    public static byte[] Brotli(byte[] content) => Compress(content, s => new BrotliStream(s, CompressionLevel.SmallestSize, leaveOpen: true));

    private static byte[] Compress(byte[] content, Func<Stream, Stream> compressor)
    {
        using var buffer = new MemoryStream();
        using (var stream = compressor(buffer)) stream.Write(content);
        return buffer.ToArray();
    }
}
