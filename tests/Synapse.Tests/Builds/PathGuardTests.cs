using Synapse.Build;
using Synapse.Diagnostics;
using Synapse.Output;
using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Builds;

/// <summary>The publish plan: every output path is checked before anything is written, and a bad one is a diagnostic at its source.</summary>
public sealed class PathGuardTests
{
    /// <summary>An article whose tags (line 4) and redirect-from (line 8) a test chooses.</summary>
    private static string Article(string title, string tags, string redirectFrom = "") => $"""
        ---
        title: {title}
        summary: A page for the path guards.
        tags: [{tags}]
        authors: [Synapse editorial team]
        reviewer: Synapse editorial team
        reviewed: 2026-10-01
        {(redirectFrom.Length > 0 ? $"redirect-from: [\"{redirectFrom}\"]" : "order: 50")}
        ---

        ## Key points

        Short text.
        """;

    private static (BuildResult Result, string Output) Build(FixtureSite site)
    {
        var output = site.NewOutputPath();
        return (site.Build(output), output);
    }

    private static void Write(FixtureSite site, string relative, string text)
    {
        var full = Path.Combine(site.Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private static Diagnostic Single(BuildResult result, string rule) =>
        Assert.Single(result.Diagnostics, d => d.Rule == rule);

    [Fact]
    public void A_redirect_from_that_climbs_out_of_the_site_is_an_error_at_its_front_matter_line_and_nothing_is_written()
    {
        using var site = new FixtureSite("basic-site");
        Write(site, "input/guides/moved.md", Article("Moved", "sleep", "../../../somewhere"));

        var (result, output) = Build(site);

        var error = Single(result, "redirect/unsafe-path");
        Assert.Equal(("input/guides/moved.md", 8), (error.Location.File, error.Location.Line));
        Assert.Contains("../../../somewhere", error.Message);
        Assert.False(result.Written);
        Assert.False(Directory.Exists(output));
        Assert.False(Directory.Exists(Path.Combine(site.Root, "..", "somewhere")));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("https://elsewhere.example/x")]
    [InlineData("old/./x")]
    [InlineData("old//x")]
    [InlineData("old\\\\x")]
    public void Redirect_from_values_that_are_not_a_path_of_this_site_are_errors(string from)
    {
        using var site = new FixtureSite("basic-site");
        Write(site, "input/guides/moved.md", Article("Moved", "sleep", from));

        var (result, output) = Build(site);

        Assert.Equal(8, Single(result, "redirect/unsafe-path").Location.Line);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_static_file_at_an_articles_path_is_a_collision_naming_both_producers_and_sources()
    {
        using var site = new FixtureSite("basic-site");
        Write(site, "input/treatments/exercise/index.html", "<!doctype html><title>x</title>");
        // Static .html is published only when statiq.json lists it; listed, it still may not replace an article.
        var settings = Path.Combine(site.Root, "statiq.json");
        File.WriteAllText(settings, File.ReadAllText(settings).TrimEnd().TrimEnd('}') + ", \"passthrough\": [\"treatments/exercise/index.html\"] }");

        var (result, output) = Build(site);

        var error = Single(result, "output/path-collision");
        Assert.Contains("/treatments/exercise/index.html", error.Message);
        Assert.Contains("pages (input/treatments/exercise.md:1:1)", error.Message);
        Assert.Contains("static-files (input/treatments/exercise/index.html:1:1)", error.Message);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Two_markdown_pages_with_one_url_are_a_collision_not_a_crash()
    {
        using var site = new FixtureSite("basic-site");
        Write(site, "input/about/index.md", "---\ntitle: About again\nsummary: The same URL as about.md.\nxref: about-again\n---\n\nText.\n");

        var (result, output) = Build(site);

        var error = Single(result, "output/path-collision");
        Assert.Contains("input/about.md", error.Message);
        Assert.Contains("input/about/index.md", error.Message);
        Assert.False(Directory.Exists(output));
    }

    [Theory]
    [InlineData("foo!", "foo?")]
    [InlineData("sleep hygiene", "sleep-hygiene")]
    public void Tags_whose_slugs_collide_are_an_error_naming_both_articles(string first, string second)
    {
        using var site = new FixtureSite("basic-site");
        Write(site, "input/guides/a-first.md", Article("First", first));
        Write(site, "input/guides/b-second.md", Article("Second", second));

        var (result, output) = Build(site);

        var error = Single(result, "output/path-collision");
        Assert.Contains("tag-indexes (input/guides/a-first.md:4:", error.Message);
        Assert.Contains("tag-indexes (input/guides/b-second.md:4:", error.Message);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_tag_with_an_empty_slug_is_an_error_at_the_tags_line_and_does_not_replace_the_topics_page()
    {
        using var site = new FixtureSite("basic-site");
        Write(site, "input/guides/shout.md", Article("Shout", "\"!!!\""));

        var (result, output) = Build(site);

        var error = Single(result, "tag/empty-slug");
        Assert.Equal(("input/guides/shout.md", 4), (error.Location.File, error.Location.Line));
        Assert.DoesNotContain(result.Diagnostics, d => d.Rule == "output/path-collision");
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Non_ascii_slugs_are_written_as_unicode_paths_and_percent_encoded_in_links_the_sitemap_and_the_feed()
    {
        using var site = new FixtureSite("basic-site");
        Write(site, "input/conditions/schlafstörung.md", Article("Schlafstörung", "Schlafstörung"));

        var (result, output) = Build(site);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        Assert.True(File.Exists(Path.Combine(output, "conditions", "schlafstörung", "index.html")));
        Assert.True(File.Exists(Path.Combine(output, "tags", "schlafstörung", "index.html")));
        var page = File.ReadAllText(Path.Combine(output, "conditions", "schlafstörung", "index.html"));
        Assert.Contains("href=\"/tags/schlafst%C3%B6rung/\"", page);
        Assert.Contains("https://synapse.example.org/conditions/schlafst%C3%B6rung/", page);
        Assert.Contains("<loc>https://synapse.example.org/conditions/schlafst%C3%B6rung/</loc>", File.ReadAllText(Path.Combine(output, "sitemap.xml")));
        Assert.Contains("<loc>https://synapse.example.org/tags/schlafst%C3%B6rung/</loc>", File.ReadAllText(Path.Combine(output, "sitemap.xml")));
        var feed = File.ReadAllText(Path.Combine(output, "feed.xml"));
        Assert.Contains("<id>https://synapse.example.org/conditions/schlafst%C3%B6rung/</id>", feed);
        Assert.DoesNotContain("schlafstörung/", feed);
    }

    [Theory]
    [InlineData("", "is empty")]
    [InlineData("/etc/passwd", "is not relative")]
    [InlineData("C:/x", "is not relative")]
    [InlineData("a\\b.html", "contains a backslash")]
    [InlineData("../x.html", "leaves the output folder ('..')")]
    [InlineData("a/../../x.html", "leaves the output folder ('..')")]
    [InlineData("a/./x.html", "has a '.' segment")]
    [InlineData("tags//index.html", "has an empty segment (two slashes, or a slug that is empty)")]
    [InlineData("a/", "has an empty segment (two slashes, or a slug that is empty)")]
    public void Unsafe_paths_are_named_with_the_reason(string path, string reason) =>
        Assert.Equal(reason, PublishPlan.Problem(path));

    [Theory]
    [InlineData("index.html")]
    [InlineData("treatments/tms/index.html")]
    [InlineData("conditions/schlafstörung/index.html")]
    [InlineData(".well-known/security.txt")]
    public void Ordinary_paths_are_safe(string path) => Assert.Null(PublishPlan.Problem(path));

    [Fact]
    public void The_plan_reports_an_unsafe_path_at_its_source_and_drops_it()
    {
        var bag = new DiagnosticBag();
        var at = new SourceLocation("input/x.md", 3, 1);
        var kept = PublishPlan.Guard([new OutputFile("../x.html", "x") { Producer = "toy", Source = at }, new OutputFile("ok.html", "ok") { Producer = "toy" }], bag);

        Assert.Equal(["ok.html"], kept.Select(f => f.Path));
        var error = Assert.Single(bag.Sorted());
        Assert.Equal(("output/unsafe-path", at), (error.Rule, error.Location));
    }

    [Fact]
    public void Paths_that_differ_only_in_case_or_where_a_file_blocks_a_folder_are_collisions()
    {
        var bag = new DiagnosticBag();
        PublishPlan.Guard([
            new OutputFile("About/index.html", "a") { Producer = "pages" },
            new OutputFile("about/index.html", "b") { Producer = "static-files" },
            new OutputFile("data", "c") { Producer = "toy" },
            new OutputFile("data/x.json", "d") { Producer = "toy" },
        ], bag);

        var errors = bag.Sorted();
        Assert.Equal(2, errors.Count(d => d.Rule == "output/path-collision"));
        Assert.Contains(errors, d => d.Message.Contains("by pages and by static-files"));
        Assert.Contains(errors, d => d.Message.Contains("/data is a file"));
    }
}
