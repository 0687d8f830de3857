using Synapse.Diagnostics;
using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Layouts;

/// <summary>"Edit this page" and "Suggest a change" on articles, from statiq.json's <c>repository</c>.</summary>
public sealed class EditLinkTests
{
    private static void SetRepository(FixtureSite site, string json)
    {
        var path = Path.Combine(site.Root, "statiq.json");
        var text = File.ReadAllText(path);
        File.WriteAllText(path, text.Insert(text.IndexOf('{') + 1, $"\n  \"repository\": {json},"));
    }

    [Fact]
    public void Articles_link_to_their_source_file_on_the_named_branch_and_to_a_new_issue()
    {
        using var site = new FixtureSite("basic-site");
        SetRepository(site, """{ "url": "https://github.com/example/health-site", "branch": "live" }""");
        var output = site.NewOutputPath();

        var result = site.Build(output);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = File.ReadAllText(Path.Combine(output, "neurotransmitters", "serotonin", "index.html"));
        Assert.Contains("href=\"https://github.com/example/health-site/edit/live/input/neurotransmitters/serotonin.md\">Edit this page</a>", html);
        Assert.Contains("href=\"https://github.com/example/health-site/issues/new?title=Suggestion%3A%20", html);
        Assert.Contains("suggest a change</a>", html);
    }

    [Fact]
    public void The_branch_defaults_to_main()
    {
        using var site = new FixtureSite("basic-site");
        SetRepository(site, """{ "url": "https://github.com/example/health-site" }""");
        var output = site.NewOutputPath();

        site.Build(output);

        Assert.Contains("/edit/main/input/neurotransmitters/serotonin.md", File.ReadAllText(Path.Combine(output, "neurotransmitters", "serotonin", "index.html")));
    }

    [Fact]
    public void Without_a_repository_no_page_has_edit_links()
    {
        using var site = new FixtureSite("basic-site");
        var output = site.NewOutputPath();

        site.Build(output);

        foreach (var file in Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories))
            Assert.DoesNotContain("Edit this page", File.ReadAllText(file));
    }

    [Fact]
    public void Generated_pages_have_no_edit_links_even_with_a_repository()
    {
        using var site = new FixtureSite("basic-site");
        SetRepository(site, """{ "url": "https://github.com/example/health-site" }""");
        var output = site.NewOutputPath();

        site.Build(output);

        Assert.DoesNotContain("Edit this page", File.ReadAllText(Path.Combine(output, "index.html")));
    }

    [Theory]
    [InlineData("http://github.com/example/site")]
    [InlineData("https://github.com/example")]
    [InlineData("javascript:alert(1)")]
    public void A_repository_url_that_is_not_an_https_repository_address_is_an_error_at_its_line(string url)
    {
        using var site = new FixtureSite("basic-site");
        SetRepository(site, $$"""{ "url": "{{url}}" }""");

        var result = site.Check();

        var error = Assert.Single(result.Diagnostics, d => d.Rule == "config/repository");
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(new SourceLocation("statiq.json", 2, 19), error.Location);
    }
}
