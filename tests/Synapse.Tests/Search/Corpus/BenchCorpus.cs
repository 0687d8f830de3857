using System.Text.RegularExpressions;
using Markdig;

namespace Synapse.Tests.Search.Corpus;

/// <summary>One synthetic article of the benchmark corpus, reduced to what the search index reads.</summary>
internal sealed record CorpusArticle(string Slug, string Title, string Summary, string Tags, string Headings, string Body);

/// <summary>
/// Generates the deterministic benchmark corpus with bench/search/make-corpus.py (a copy of the shared
/// bench script) and reads it: front matter title, summary and tags, "##" headings, and the body as plain text.
/// Shared by the oracle tests and bench/Synapse.Bench.Search.
/// </summary>
internal static partial class BenchCorpus
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public static IReadOnlyList<CorpusArticle> Generate(int count, string repositoryRoot, string python)
    {
        string dir = Path.Combine(Path.GetTempPath(), $"synapse-corpus-{count}-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            string script = Path.Combine(repositoryRoot, "bench", "search", "make-corpus.py");
            RunPython(python, script, count, dir);
            return Directory.GetFiles(Path.Combine(dir, "articles"), "*.md").Order(StringComparer.Ordinal)
                .Select(Read).ToList();
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }

    public static CorpusArticle Read(string path)
    {
        string text = File.ReadAllText(path);
        int end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        string frontMatter = text[4..end], markdown = text[(end + 5)..];
        string title = FrontMatterValue(frontMatter, "title"), summary = FrontMatterValue(frontMatter, "summary");
        string tags = FrontMatterValue(frontMatter, "tags").Trim('[', ']').Replace(",", "");
        string headings = string.Join('\n', HeadingLine().Matches(markdown).Select(m => m.Groups[1].Value));
        string body = Markdig.Markdown.ToPlainText(markdown, Pipeline);
        return new CorpusArticle(Path.GetFileNameWithoutExtension(path), title, summary, tags, headings, body);
    }

    private static string FrontMatterValue(string frontMatter, string key)
    {
        var match = Regex.Match(frontMatter, $"^{key}: (.*)$", RegexOptions.Multiline);
        return match.Success ? match.Groups[1].Value.Trim().Trim('"') : "";
    }

    private static void RunPython(string python, string script, int count, string dir)
    {
        var start = new System.Diagnostics.ProcessStartInfo(python) { UseShellExecute = false, RedirectStandardError = true };
        foreach (string arg in new[] { script, count.ToString(), Path.Combine(dir, "articles"), "--refs", Path.Combine(dir, "references.yaml") })
            start.ArgumentList.Add(arg);
        using var process = System.Diagnostics.Process.Start(start)!;
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"make-corpus.py failed: {error}");
    }

    [GeneratedRegex(@"^##+ (.*)$", RegexOptions.Multiline)]
    private static partial Regex HeadingLine();
}
