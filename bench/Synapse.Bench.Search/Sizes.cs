using Synapse.Search;

namespace Synapse.Bench.Search;

/// <summary>Raw, gzip and Brotli sizes, compressed as the site's files are (PrecompressedFile).</summary>
internal static class Sizes
{
    public static string Row(string name, byte[] raw) =>
        $"| {name} | {Kb(raw.Length)} | {Kb(PrecompressedFile.Gzip(raw).Length)} | {Kb(PrecompressedFile.Brotli(raw).Length)} |";

    private static string Kb(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / 1048576.0:F2} MB" : $"{bytes / 1024.0:F1} KB";
}
