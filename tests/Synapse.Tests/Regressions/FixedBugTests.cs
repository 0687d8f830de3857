using System.Xml.Linq;
using Synapse.Configuration;
using Synapse.Content;
using Synapse.Diagnostics;
using Synapse.Markdown;
using Synapse.Site;
using Synapse.Tests.Builds;
using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Regressions;

/// <summary>Regression tests: each proves a fixed bug stays fixed.</summary>
public sealed class FixedBugTests
{
    private const string File = "input/treatments/lithium.md";

    private static (ParsedSource? Parsed, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text, FrontMatterRules? rules = null)
    {
        var bag = new DiagnosticBag();
        var parsed = FrontMatterParser.Parse(new SourceFile(File, text), rules ?? FrontMatterRules.Page(3), bag);
        return (parsed, bag.Sorted());
    }

    [Fact]
    public void Summary_too_long_is_reported_at_the_summary_value()
    {
        var (_, diagnostics) = Parse($"---\ntitle: T\nsummary: {new string('a', 161)}\n---\n");

        Assert.Equal(new SourceLocation(File, 3, 10), Assert.Single(diagnostics, d => d.Rule == "front-matter/summary-too-long").Location);
    }

    [Fact]
    public void Review_order_is_reported_at_the_next_review_value()
    {
        var (_, diagnostics) = Parse("---\ntitle: T\nreviewed: 2026-11-26\nnext-review: 2026-01-01\n---\n");

        Assert.Equal(new SourceLocation(File, 4, 14), Assert.Single(diagnostics, d => d.Rule == "front-matter/review-order").Location);
    }

    [Fact]
    public void Unclosed_flow_list_followed_by_another_key_is_a_yaml_diagnostic_not_an_exception()
    {
        var (parsed, diagnostics) = Parse("---\ntitle: T\ntags: [mood, sleep\nsummary: S.\n---\n");

        Assert.Null(parsed);
        Assert.Equal("front-matter/yaml", Assert.Single(diagnostics).Rule);
    }

    [Fact]
    public void Check_of_a_site_with_an_unclosed_flow_list_exits_1_instead_of_crashing()
    {
        using var site = new FixtureSite("basic-site");
        System.IO.File.WriteAllText(Path.Combine(site.Root, "input", "guides", "unclosed.md"), "---\ntitle: T\ntags: [mood, sleep\nsummary: S.\n---\nBody\n");

        var result = site.Check();

        Assert.Contains(result.Diagnostics, d => d.Rule == "front-matter/yaml" && d.Location.File == "input/guides/unclosed.md");
    }

    [Theory]
    [InlineData("glycemic-index.md", "/treatments/glycemic-index/")]
    [InlineData("../guides/reindex.md#x", "/guides/reindex/#x")]
    public void Md_link_to_a_slug_ending_in_index_keeps_the_whole_slug(string written, string expected)
    {
        var resolver = new LinkResolver(new Dictionary<string, string>(), "/");

        var (url, _) = resolver.Resolve(written, "treatments/exercise/", "treatments/", new SourceLocation("input/treatments/exercise.md", 1, 1), new DiagnosticBag());

        Assert.Equal(expected, url);
    }

    [Fact]
    public void Every_internal_link_in_every_page_including_the_footer_resolves()
    {
        using var site = new FixtureSite("basic-site");
        var output = site.NewOutputPath();
        var built = new BuiltSite(output, site.Build(output));

        var broken = new List<string>();
        foreach (var (path, page) in built.Pages)
            foreach (var a in page.QuerySelectorAll("a[href], link[href], script[src], img[src]"))
            {
                var value = a.GetAttribute("href") ?? a.GetAttribute("src")!;
                if (!value.StartsWith('/') || value.StartsWith("//")) continue;
                var target = value.Split('#')[0].Split('?')[0][1..];
                var file = target.Length == 0 || target.EndsWith('/') ? target + "index.html" : target;
                if (!built.Exists(file)) broken.Add($"{path}: {value}");
            }
        Assert.True(broken.Count == 0, string.Join("\n", broken.Distinct().Take(5)));
    }

    [Fact]
    public void Required_article_keys_with_empty_values_are_errors()
    {
        var (parsed, diagnostics) = Parse("---\ntitle:\nsummary:\nauthors: []\nreviewer: \"\"\nreviewed: 2026-01-01\n---\n", FrontMatterRules.Article(treatment: false, 3));

        Assert.Null(parsed);
        Assert.Equal(4, diagnostics.Count(d => d.IsError));
    }

    [Fact]
    public void Unknown_setting_is_located_at_the_top_level_key_not_a_nested_key_of_the_same_name()
    {
        var bag = new DiagnosticBag();

        SettingsLoader.Parse("{\n  \"license\": { \"name\": \"CC BY 4.0\", \"url\": \"https://x.example/\" },\n  \"url\": \"https://synapse.example.org\"\n}", bag);

        Assert.Equal(new SourceLocation("statiq.json", 3, 3), Assert.Single(bag.Sorted()).Location);
    }
}
