using Synapse.Browser.Tests.Infrastructure;
using Synapse.Verify;

namespace Synapse.Browser.Tests;

/// <summary>How the verify report points an editor from a page URL to the file and line to change.</summary>
public sealed class SourceLocatorTests
{
    private readonly SourceLocator _sources = new(Repo.Root);

    [Theory]
    [InlineData("neurotransmitters/serotonin/", "input/neurotransmitters/serotonin.md")]
    [InlineData("about/", "input/about.md")]
    [InlineData("tags/", "theme/layouts/tags.liquid")]
    [InlineData("tags/sleep/", "theme/layouts/tag.liquid")]
    [InlineData("help/", "theme/layouts/help.liquid")]
    [InlineData("glossary/", "input/_data/glossary.yaml")]
    [InlineData("404.html", "theme/layouts/404.liquid")]
    [InlineData("treatments/", "theme/layouts/section.liquid")]
    public void Maps_a_page_to_the_file_it_is_built_from(string page, string file)
    {
        Assert.Equal(file, _sources.FileFor(page));
    }

    [Fact]
    public void Finds_the_line_of_an_xref_link_from_its_built_href()
    {
        var file = "input/treatments/sleep.md";
        var lines = File.ReadAllLines(Path.Combine(Repo.Root, file));
        var expected = Array.FindIndex(lines, l => l.Contains("(xref:depression)", StringComparison.Ordinal)) + 1;
        Assert.True(expected > 0);
        Assert.Equal(expected, _sources.LineOf(file, "/conditions/depression/"));
    }

    [Fact]
    public void Finds_a_related_slug_in_front_matter_when_the_body_does_not_link_it()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "input", "guides"));
        File.WriteAllText(Path.Combine(folder.Path, "input", "guides", "x.md"), "---\ntitle: X\nrelated: [lithium]\n---\n\nText about lithium.\n");
        var sources = new SourceLocator(folder.Path);
        Assert.Equal("input/guides/x.md", sources.FileFor("guides/x/"));
        Assert.Equal(3, sources.LineOf("input/guides/x.md", "/treatments/lithium/"));
    }
}
