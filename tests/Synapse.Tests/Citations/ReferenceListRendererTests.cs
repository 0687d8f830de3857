using Synapse.Markdown.Citations;
using Synapse.Tests.Bibliography;

namespace Synapse.Tests.Citations;

public sealed class ReferenceListRendererTests
{
    [Fact]
    public void Section_lists_entries_in_citation_order_with_a_back_link_per_citing_marker()
    {
        var bibliography = Fixtures.Load();
        var (_, cites) = Articles.Render("[@murray2002] then [@who2017; @murray2002].", bibliography);
        Assert.Equal(
            "<section class=\"references\" aria-labelledby=\"references\">\n<h2 id=\"references\">References</h2>\n<ol>\n" +
            "<li id=\"ref-1\">Murray PR, Rosenthal KS, Kobayashi GS, Pfaller MA. Medical microbiology. 4th ed. St. Louis: Mosby; 2002. " +
            "<span class=\"ref-backlinks\"><a href=\"#cite-1\" aria-label=\"Back to citation 1 of reference 1\">↩<sup>1</sup></a> " +
            "<a href=\"#cite-2\" aria-label=\"Back to citation 2 of reference 1\">↩<sup>2</sup></a></span></li>\n" +
            "<li id=\"ref-2\">World Health Organization. Depression and other common mental disorders: global health estimates [Internet]. " +
            "Geneva: World Health Organization; 2017 [cited 2024 Jan 5]. Report No.: WHO/MSD/MER/2017.2. Available from: " +
            "<a href=\"https://apps.who.int/iris/handle/10665/254610\">https://apps.who.int/iris/handle/10665/254610</a> " +
            "<span class=\"ref-backlinks\"><a href=\"#cite-2\" aria-label=\"Back to citation 1 of reference 2\">↩</a></span></li>\n" +
            "</ol>\n</section>\n",
            ReferenceListRenderer.Render(cites, bibliography));
    }

    [Fact]
    public void Article_without_citations_gets_no_section()
    {
        var (html, cites) = Articles.Render("No sources here.\n\n<!-- references -->\n");
        var references = ReferenceListRenderer.Render(cites, Articles.Bibliography);
        Assert.Equal("", references);
        Assert.Equal("<p>No sources here.</p>\n", ReferenceListRenderer.InsertInto(html, references));
    }

    [Fact]
    public void Without_a_bibliography_at_numbering_unknown_keys_get_a_visible_missing_entry()
    {
        var document = Articles.Parse("[@nobody]");
        var cites = CitationNumbering.Apply(document);
        Assert.Equal(["nobody"], cites.Keys);
        var html = ReferenceListRenderer.Render(cites, Articles.Bibliography);
        Assert.Contains("<li id=\"ref-1\" class=\"cite-missing\">[?nobody] Not in the bibliography.", html);
    }

    [Theory]
    [InlineData("<p>a</p>\n<!--synapse:references-->\n<p>b</p>\n", "<p>a</p>\nREFS\n<p>b</p>\n")]
    [InlineData("<p>a</p>\n", "<p>a</p>\nREFS\n")]
    [InlineData("<p>a</p>", "<p>a</p>\nREFS\n")]
    public void InsertInto_replaces_the_placeholder_or_appends(string article, string expected) =>
        Assert.Equal(expected, ReferenceListRenderer.InsertInto(article, "REFS\n"));
}
