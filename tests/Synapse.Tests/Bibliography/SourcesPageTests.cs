using AngleSharp.Html.Parser;
using Synapse.Bibliography;

namespace Synapse.Tests.Bibliography;

public sealed class SourcesPageTests
{
    private static readonly IReadOnlyList<(string Url, string Title, IReadOnlyList<string> Keys)> Articles =
    [
        ("treatments/tms/", "Transcranial magnetic stimulation", ["rose2002", "who2017", "nobody"]),
        ("conditions/depression/", "Depression & you", ["who2017", "murray2002"]),
    ];

    private static AngleSharp.Dom.IDocument Render(string basePath) =>
        new HtmlParser().ParseDocument("<body>" + SourcesPage.RenderBody(Articles, Fixtures.Load(), basePath) + "</body>");

    [Fact]
    public void Every_reference_is_listed_a_to_z_by_first_author_or_organisation()
    {
        var entries = Render("/").QuerySelectorAll("li .source-entry").Select(p => p.TextContent.Split('.')[0]).ToList();
        Assert.Equal(
        [
            "Depression [Internet]", "Gilstrap LC 3rd, Cunningham FG, VanDorsten JP, editors", "Meltzer PS, Kallioniemi A, Trent JM",
            "Murray PR, Rosenthal KS, Kobayashi GS, Pfaller MA", "Rose ME, Huerbin MB, Melick J, Marion DW, Palmer AM, Schiding JK, et al",
            "U", "World Health Organization",
        ], entries);
    }

    [Fact]
    public void Each_reference_links_to_the_articles_citing_it_under_the_base_path()
    {
        var document = Render("/sub/");
        var who = document.GetElementById("source-who2017")!;
        var links = who.QuerySelectorAll(".source-cited-by a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Equal([("/sub/conditions/depression/", "Depression & you"), ("/sub/treatments/tms/", "Transcranial magnetic stimulation")], links);
    }

    [Fact]
    public void A_reference_no_article_cites_carries_a_note()
    {
        var note = Render("/").GetElementById("source-meltzer2002")!.QuerySelector(".source-cited-by")!;
        Assert.Contains("source-uncited", note.ClassList);
        Assert.Equal("Not cited in any article yet.", note.TextContent);
    }

    [Fact]
    public void Letters_are_headings_with_a_navigation_list()
    {
        var document = Render("/");
        Assert.Equal(["D", "G", "M", "R", "U", "W"], document.QuerySelectorAll("section.sources-group > h2").Select(h => h.TextContent));
        Assert.All(document.QuerySelectorAll("nav.sources-letters a"),
            a => Assert.NotNull(document.GetElementById(a.GetAttribute("href")![1..])));
    }

    [Theory]
    [InlineData("/", "treatments/tms/", "/treatments/tms/")]
    [InlineData("/sub/", "treatments/tms/", "/sub/treatments/tms/")]
    [InlineData("/sub", "/treatments/tms/", "/sub/treatments/tms/")]
    [InlineData("", "x/", "/x/")]
    public void Site_urls_are_prefixed_with_the_base_path(string basePath, string url, string expected) =>
        Assert.Equal(expected, SourcesPage.SiteUrl(basePath, url));
}
