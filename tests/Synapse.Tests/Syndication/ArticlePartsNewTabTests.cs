using Synapse.Content;
using Synapse.Diagnostics;
using Synapse.Markdown;
using Synapse.Output.Syndication;
using Synapse.Site;
using Synapse.Tests.Fuzz;

namespace Synapse.Tests.Syndication;

/// <summary>
/// The embed view reuses the content API's parse of an article and adds target/rel to its links as text; these tests
/// hold that rewrite to the element-by-element one it replaces, on hand-written and generated article bodies.
/// </summary>
public sealed class ArticlePartsNewTabTests
{
    private const string Canonical = "https://synapse.example/treatments/tms/";

    private static void AssertSameAsDomRewrite(string html)
    {
        var expected = ArticleParts.From(html, SyndicationRules.AbsoluteLinks(Canonical, newTab: true));
        var actual = ArticleParts.WithAbsoluteLinks(html, Canonical).OpeningLinksInNewTab();

        Assert.Equal(expected.Sections.Count, actual.Sections.Count);
        for (var i = 0; i < expected.Sections.Count; i++)
        {
            Assert.Equal(expected.Sections[i].Html, actual.Sections[i].Html);
            Assert.Equal(expected.Sections[i].HeadingHtml, actual.Sections[i].HeadingHtml);
            Assert.Equal(expected.Sections[i].Text, actual.Sections[i].Text);
        }
        Assert.Equal(expected.ReferencesHtml, actual.ReferencesHtml);
        Assert.Equal(expected.KeyPoints, actual.KeyPoints);
    }

    [Theory]
    [InlineData("<p>See <a href=\"../dopamine/\">dopamine</a> and <a href=\"https://example.org/a?b=1&amp;c=2\" title=\"x > y\">a source</a>.</p>")]
    [InlineData("<h2 id=\"key-points\">Key points</h2>\n<ul><li>One <a href=\"#x\">jump</a></li></ul>\n<h2 id=\"more\">More</h2>\n<p><a href=\"mailto:a@b.example\">mail</a> <a href=\"tel:+441234\">call</a></p>")]
    [InlineData("<p><a href=\"/x/\" target=\"_self\" rel=\"nofollow\">set already</a> <a>no href</a> <a id=\"n\" href=\"x\">id first</a></p>")]
    [InlineData("<p>Text<span class=\"citation\" id=\"cite-1\">[<a href=\"#ref-1\" aria-label=\"Reference 1\">1</a>]</span></p>\n<section class=\"references\" aria-labelledby=\"references\"><h2 id=\"references\">References</h2><ol><li id=\"ref-1\">A. <a href=\"https://doi.org/10.1/x\">doi</a> <span class=\"ref-backlinks\"><a href=\"#cite-1\">↩</a></span></li></ol></section>")]
    public void New_tab_links_match_the_element_rewrite(string html) => AssertSameAsDomRewrite(html);

    [Fact]
    public void New_tab_links_match_the_element_rewrite_on_generated_articles()
    {
        var generator = new DocumentGenerator(CheckFuzzTests.Seed + 11);
        var links = new LinkResolver(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["dopamine"] = "neurotransmitters/dopamine/" }, "/");
        for (var i = 0; i < 400; i++)
        {
            var source = new ParsedSource(new SourceFile("input/treatments/tms.md", ""), new FrontMatter { Title = "TMS" }, generator.Document(["k1"]), 3);
            var page = new Page("tms", "treatments/tms/", "treatments", source) { IsArticle = true };
            AssertSameAsDomRewrite(MarkdownStage.Render(page, links, Synapse.Bibliography.SiteBibliography.Empty, new DiagnosticBag()).Html);
        }
    }
}
