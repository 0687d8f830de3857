using System.IO.Compression;

namespace Synapse.Bench.Search;

internal static class Sizes
{
    public static string Row(string name, byte[] raw) =>
        $"| {name} | {Kb(raw.Length)} | {Kb(Gzip(raw))} | {Kb(Brotli(raw))} |";

    private static string Kb(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / 1048576.0:F2} MB" : $"{bytes / 1024.0:F1} KB";

    private static long Gzip(byte[] raw)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true)) gzip.Write(raw);
        return buffer.Length;
    }

    private static long Brotli(byte[] raw)
    {
        using var buffer = new MemoryStream();
        using (var brotli = new BrotliStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true)) brotli.Write(raw);
        return buffer.Length;
    }
}
