using System.Text.RegularExpressions;
using Synapse.Build;
using Synapse.Site;
using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Builds;

/// <summary>tests/fixtures/basic-site built once with the repository's theme (Today = 2026-11-26).</summary>
public class BasicSite : IDisposable
{
    public const string BaseUrl = "https://synapse.example.org";

    /// <summary>The one draft in the fixture.</summary>
    public const string DraftSource = "input/treatments/lithium.md";

    private readonly FixtureSite _site = new("basic-site");

    public BasicSite() : this(options => options) { }

    internal BasicSite(Func<BuildOptions, BuildOptions> configure)
    {
        var output = _site.NewOutputPath();
        Built = new BuiltSite(output, _site.Build(output, configure));
    }

    internal BuiltSite Built { get; }
    internal string Root => _site.Root;

    /// <summary>Every Markdown source (site-relative) with its expected output file and its title.</summary>
    internal IReadOnlyList<(string Source, string OutputPath, string Title)> Sources =>
        Directory.EnumerateFiles(Path.Combine(Root, "input"), "*.md", SearchOption.AllDirectories)
            .Select(f => "input/" + Path.GetRelativePath(Path.Combine(Root, "input"), f).Replace('\\', '/'))
            .Where(rel => !rel.Split('/').Any(s => s.StartsWith('_')))
            .Order(StringComparer.Ordinal)
            .Select(rel => (rel, ExpectedOutput(rel), Title(File.ReadAllText(Path.Combine(Root, rel)))))
            .ToList();

    /// <summary>input/&lt;section&gt;/&lt;slug&gt;.md → &lt;section&gt;/&lt;slug&gt;/index.html; input/&lt;section&gt;/index.md → &lt;section&gt;/index.html.</summary>
    internal static string ExpectedOutput(string source)
    {
        var stem = source["input/".Length..^".md".Length];
        return stem == "index" ? "index.html" : stem.EndsWith("/index", StringComparison.Ordinal) ? stem[..^"index".Length] + "index.html" : stem + "/index.html";
    }

    private static string Title(string text) => Regex.Match(text, "^title: (.+)$", RegexOptions.Multiline).Groups[1].Value.Trim();

    public void Dispose()
    {
        _site.Dispose();
        GC.SuppressFinalize(this);
    }
}
