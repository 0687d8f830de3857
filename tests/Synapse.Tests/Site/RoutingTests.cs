using Synapse.Configuration;
using Synapse.Content;
using Synapse.Diagnostics;
using Synapse.Site;

namespace Synapse.Tests.Site;

public sealed class RoutingTests
{
    private static readonly SiteSettings Settings = new();

    private static Page Route(string path, string? xref = null, SourceLocation? xrefAt = null)
    {
        var meta = new FrontMatter { Title = "T", Xref = xref };
        if (xrefAt is { } at) meta = meta with { KeyLocations = new Dictionary<string, SourceLocation> { ["xref"] = at } };
        return Routing.Route(new ParsedSource(new SourceFile(path, ""), meta, "", 0), Settings);
    }

    [Theory]
    [InlineData("input/treatments/lithium.md", "treatments/lithium/", "treatments", "lithium")]
    [InlineData("input/neurotransmitters/gaba.md", "neurotransmitters/gaba/", "neurotransmitters", "gaba")]
    [InlineData("input/guides/getting-help.md", "guides/getting-help/", "guides", "getting-help")]
    [InlineData("input/conditions/ptsd.md", "conditions/ptsd/", "conditions", "ptsd")]
    public void Article_in_a_section_lives_at_section_slash_slug(string path, string url, string section, string id)
    {
        var page = Route(path);

        Assert.Equal(url, page.Url);
        Assert.Equal(section, page.Section);
        Assert.Equal(id, page.Id);
        Assert.Equal(id, page.Slug);
        Assert.True(page.IsArticle);
        Assert.False(page.IsSectionIndex);
    }

    [Fact]
    public void Section_index_lives_at_the_section_url_and_is_not_an_article()
    {
        var page = Route("input/treatments/index.md");

        Assert.Equal("treatments/", page.Url);
        Assert.Equal("treatments", page.Section);
        Assert.Equal("treatments", page.Id);
        Assert.True(page.IsSectionIndex);
        Assert.False(page.IsArticle);
    }

    [Theory]
    [InlineData("input/about.md", "about/", "about")]
    [InlineData("input/index.md", "", "home")]
    [InlineData("input/misc/colophon.md", "misc/colophon/", "colophon")]
    [InlineData("input/misc/index.md", "misc/", "misc")]
    public void Page_outside_a_section_is_not_an_article(string path, string url, string id)
    {
        var page = Route(path);

        Assert.Equal(url, page.Url);
        Assert.Null(page.Section);
        Assert.Equal(id, page.Id);
        Assert.False(page.IsArticle);
    }

    [Fact]
    public void Xref_key_replaces_the_file_name_as_the_page_id()
    {
        var page = Route("input/treatments/ssri.md", xref: "antidepressants");

        Assert.Equal("antidepressants", page.Id);
        Assert.Equal("treatments/ssri/", page.Url);
    }

    [Fact]
    public void Xref_table_maps_page_ids_and_generated_page_ids_to_urls()
    {
        var pages = new[] { Route("input/treatments/lithium.md"), Route("input/about.md") };
        var bag = new DiagnosticBag();

        var table = Routing.XrefTable(pages, [("help", "help/"), ("treatments", "treatments/")], bag);

        Assert.Empty(bag.Sorted());
        Assert.Equal("treatments/lithium/", table["lithium"]);
        Assert.Equal("treatments/lithium/", table["LITHIUM"]);
        Assert.Equal("about/", table["about"]);
        Assert.Equal("help/", table["help"]);
        Assert.Equal("treatments/", table["treatments"]);
    }

    [Fact]
    public void Id_used_by_two_pages_is_an_error_at_the_second_and_the_first_page_keeps_the_id()
    {
        var at = new SourceLocation("input/guides/lithium-guide.md", 4, 7);
        var first = Route("input/treatments/lithium.md");
        var second = Route("input/guides/lithium-guide.md", xref: "lithium", xrefAt: at);
        var bag = new DiagnosticBag();

        var table = Routing.XrefTable([first, second], [], bag);

        var d = Assert.Single(bag.Sorted());
        Assert.Equal("xref/duplicate-id", d.Rule);
        Assert.Equal(at, d.Location);
        Assert.Contains("input/treatments/lithium.md", d.Message);
        Assert.Equal("treatments/lithium/", table["lithium"]);
    }

    [Fact]
    public void Same_slug_in_two_sections_is_a_duplicate_id()
    {
        var bag = new DiagnosticBag();

        Routing.XrefTable([Route("input/treatments/sleep.md"), Route("input/guides/Sleep.md")], [], bag);

        Assert.Equal("xref/duplicate-id", Assert.Single(bag.Sorted()).Rule);
    }
}
