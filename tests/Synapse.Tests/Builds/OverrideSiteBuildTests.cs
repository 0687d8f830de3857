using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Builds;

/// <summary>tests/fixtures/override-site: input/assets/site.css and input/_layouts/ replace the theme's files of the same name.</summary>
public sealed class OverrideSite : IDisposable
{
    private readonly FixtureSite _site = new("override-site");

    public OverrideSite()
    {
        var output = _site.NewOutputPath();
        Built = new BuiltSite(output, _site.Build(output));
    }

    internal BuiltSite Built { get; }
    internal string Root => _site.Root;

    public void Dispose() => _site.Dispose();
}

public sealed class OverrideSiteBuildTests(OverrideSite site) : IClassFixture<OverrideSite>
{
    [Fact]
    public void Build_with_overrides_succeeds()
    {
        Assert.True(site.Built.Result.Succeeded, string.Join("\n", site.Built.Result.Diagnostics));
    }

    [Fact]
    public void Input_file_replaces_the_theme_asset_of_the_same_path()
    {
        var expected = File.ReadAllBytes(Path.Combine(site.Root, "input", "assets", "site.css"));
        Assert.NotEqual(File.ReadAllBytes(Path.Combine(RepoPaths.Theme, "assets", "site.css")), expected);

        Assert.Equal(expected, File.ReadAllBytes(Path.Combine(site.Built.Output, "assets", "site.css")));
    }

    [Fact]
    public void Theme_assets_that_are_not_overridden_are_still_copied()
    {
        Assert.Equal(
            File.ReadAllBytes(Path.Combine(RepoPaths.Theme, "assets", "favicon.svg")),
            File.ReadAllBytes(Path.Combine(site.Built.Output, "assets", "favicon.svg")));
    }

    [Fact]
    public void Layout_in_input_layouts_replaces_the_theme_layout_and_is_still_wrapped_by_the_base_layout()
    {
        var about = site.Built.Page("about/index.html");

        Assert.NotNull(about.QuerySelector("main article.fixture-page-layout"));
        Assert.Equal("About this site", about.QuerySelector("article.fixture-page-layout h1")?.TextContent.Trim());
        Assert.NotNull(about.QuerySelector("footer .not-advice"));
    }

    [Fact]
    public void Layouts_that_are_not_overridden_come_from_the_theme()
    {
        var article = site.Built.Page("neurotransmitters/serotonin/index.html");

        Assert.Null(article.QuerySelector(".fixture-page-layout"));
        Assert.NotNull(article.QuerySelector("article.article h1#page-title"));
    }

    [Fact]
    public void Partial_in_input_layouts_replaces_the_theme_partial()
    {
        var section = site.Built.Page("neurotransmitters/index.html");

        var card = Assert.Single(section.QuerySelectorAll("li.card"));
        Assert.Contains("fixture-card", card.ClassList);
        Assert.Equal("/neurotransmitters/serotonin/", card.QuerySelector("a")?.GetAttribute("href"));
    }
}
