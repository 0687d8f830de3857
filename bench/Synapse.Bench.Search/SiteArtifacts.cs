using System.Text;
using Synapse.Search;
using Synapse.Tests.Search.Corpus;

namespace Synapse.Bench.Search;

/// <summary>Sizes of the site's own search files (search-index/: meta, shards, documents) for a set of articles.</summary>
internal static class SiteArtifacts
{
    public static void PrintSizes(string label, IReadOnlyList<SearchEntry> entries, SearchSynonyms synonyms)
    {
        var process = System.Diagnostics.Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var artifacts = SearchIndexWriter.Build(entries, synonyms);
        var built = clock.Elapsed;
        process.Refresh();
        var builtCpu = process.TotalProcessorTime - cpu;
        string written = "";
        if (entries.Count <= 100) // writing compresses (Brotli quality 10): seconds for the 13 MB of the big corpus
        {
            string outDir = Environment.GetEnvironmentVariable("SYNAPSE_BENCH_OUT") is { Length: > 0 } configured
                ? Path.Combine(configured, label.Split(' ')[0])
                : Path.Combine(Path.GetTempPath(), "synapse-bench-" + Guid.NewGuid().ToString("N"));
            clock.Restart();
            SearchIndexWriter.Write(outDir, artifacts);
            written = $", Write (with .gz, .br) {clock.Elapsed.TotalMilliseconds:F0} ms";
            if (outDir.Contains("synapse-bench-")) Directory.Delete(outDir, recursive: true);
        }
        Console.Error.WriteLine($"{label}: SearchIndexWriter.Build {built.TotalMilliseconds:F0} ms ({builtCpu.TotalMilliseconds:F0} ms CPU){written}");
        byte[] Bytes(Func<SearchFile, bool> which) => Encoding.UTF8.GetBytes(string.Concat(artifacts.Files.Where(which).Select(f => f.Text)));
        Console.WriteLine(Sizes.Row($"{label}: {SearchShards.MetaFile}", Bytes(f => f.Path == SearchShards.MetaFile)));
        Console.WriteLine(Sizes.Row($"{label}: all shards (t/*.json, as one file)", Bytes(f => f.Path.StartsWith(SearchShards.Folder + "t/", StringComparison.Ordinal))));
        Console.WriteLine(Sizes.Row($"{label}: all documents (d/*.json, as one file)", Bytes(f => f.Path.StartsWith(SearchShards.Folder + "d/", StringComparison.Ordinal))));
    }

    public static SearchEntry FromCorpus(CorpusArticle a, string section) =>
        new(a.Slug + "/", a.Title, section, a.Summary, a.Tags.Split(' ', StringSplitOptions.RemoveEmptyEntries),
            a.Headings.Split('\n', StringSplitOptions.RemoveEmptyEntries), a.Body);

    /// <summary>Articles of a real site: every input/&lt;section&gt;/&lt;slug&gt;.md under the given input folders.</summary>
    public static List<SearchEntry> FromSite(IEnumerable<string> inputDirs) =>
        inputDirs.SelectMany(dir => Directory.GetDirectories(dir).Where(d => !Path.GetFileName(d).StartsWith('_'))
                .SelectMany(sectionDir => Directory.GetFiles(sectionDir, "*.md").Select(file => (sectionDir, file))))
            .OrderBy(x => x.file, StringComparer.Ordinal)
            .Select(x =>
            {
                string section = Path.GetFileName(x.sectionDir);
                return FromCorpus(BenchCorpus.Read(x.file) with { Slug = section + "/" + Path.GetFileNameWithoutExtension(x.file) },
                    char.ToUpperInvariant(section[0]) + section[1..]);
            }).ToList();
}
