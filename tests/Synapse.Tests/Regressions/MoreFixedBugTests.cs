using Synapse.Diagnostics;
using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Regressions;

public sealed class MoreFixedBugTests
{
    [Fact]
    public void Two_pages_with_the_same_redirect_from_is_an_error()
    {
        using var site = new FixtureSite("basic-site");
        var dopamine = Path.Combine(site.Root, "input", "neurotransmitters", "dopamine.md");
        File.WriteAllText(dopamine, File.ReadAllText(dopamine).Replace("order: 20", "order: 20\nredirect-from: [old/serotonin]"));

        var result = site.Check();

        Assert.Contains(result.Diagnostics, d => d.Rule.StartsWith("redirect/"));
    }

    [Fact]
    public void Tag_with_a_space_gets_a_url_without_a_space()
    {
        using var site = new FixtureSite("basic-site");
        var dopamine = Path.Combine(site.Root, "input", "neurotransmitters", "dopamine.md");
        File.WriteAllText(dopamine, File.ReadAllText(dopamine).Replace("tags: [mood, motivation]", "tags: [mood, sleep hygiene]"));
        var output = site.NewOutputPath();

        var result = site.Build(output);

        Assert.True(result.Succeeded);
        var html = File.ReadAllText(Path.Combine(output, "neurotransmitters", "dopamine", "index.html"));
        Assert.DoesNotContain("href=\"/tags/sleep hygiene/\"", html);
    }

    [Fact]
    public void Unknown_layout_is_reported_at_the_layout_key()
    {
        using var site = new FixtureSite("basic-site");
        var about = Path.Combine(site.Root, "input", "about.md");
        File.WriteAllText(about, File.ReadAllText(about).Replace("title: About this site", "title: About this site\nlayout: gallery"));

        var result = site.Check();

        Assert.Equal(new SourceLocation("input/about.md", 3, 9), Assert.Single(result.Diagnostics, d => d.Rule == "layout/unknown").Location);
    }

    [Fact]
    public void Remote_image_in_content_is_reported()
    {
        using var site = new FixtureSite("basic-site");
        var about = Path.Combine(site.Root, "input", "about.md");
        File.AppendAllText(about, "\n![A chart](https://cdn.example.com/chart.png)\n");

        var result = site.Check();

        Assert.Contains(result.Diagnostics, d => d.Location.File == "input/about.md" && d.Message.Contains("cdn.example.com"));
    }
}

/// <summary>Front matter is parsed in parallel; one file's errors must never make another file look failed.</summary>
public sealed class ParallelFrontMatterTests
{
    [Fact]
    public void Good_files_parse_while_other_files_report_errors_into_the_same_bag()
    {
        var bag = new Synapse.Diagnostics.DiagnosticBag();
        var results = new Synapse.Content.ParsedSource?[400];
        Parallel.For(0, results.Length, i =>
        {
            var text = i % 2 == 0 ? "---\ntitle: Good\n---\nBody\n" : "---\ntitle: Bad\nreviewed: 2026-02-30\n---\nBody\n";
            results[i] = Synapse.Content.FrontMatterParser.Parse(new Synapse.Content.SourceFile($"input/p{i}.md", text), Synapse.Content.FrontMatterRules.Page(3), bag);
        });

        Assert.All(Enumerable.Range(0, results.Length).Where(i => i % 2 == 0), i => Assert.NotNull(results[i]));
        Assert.All(Enumerable.Range(0, results.Length).Where(i => i % 2 == 1), i => Assert.Null(results[i]));
        Assert.Equal(200, bag.ErrorCount);
    }
}
