using Synapse.Bibliography;
using Synapse.Content;
using Synapse.Diagnostics;
using Synapse.Markdown;
using Synapse.Output.Syndication;
using Synapse.Site;
using Synapse.Tests.Fuzz;

namespace Synapse.Tests.Syndication;

/// <summary>
/// How an article body is taken apart for the embed view and the content API: sections at each top-level h2, key points,
/// the reference list apart, anchors and back-links gone, links absolute — read without an HTML parser when the markup
/// is the Markdown stage's own, and the same as the HTML parser's reading in every case.
/// </summary>
public sealed class ArticlePartsTests
{
    private const string Canonical = "https://synapse.example/treatments/tms/";

    private static string Render(string markdown)
    {
        var links = new LinkResolver(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["dopamine"] = "neurotransmitters/dopamine/" }, "/");
        var source = new ParsedSource(new SourceFile("input/treatments/tms.md", ""), new FrontMatter { Title = "TMS" }, markdown, 3);
        var page = new Page("tms", "treatments/tms/", "treatments", source) { IsArticle = true };
        return MarkdownStage.Render(page, links, Bibliography, new DiagnosticBag()).Html;
    }

    private static readonly SiteBibliography Bibliography = new(
    [
        new Reference { Id = "smith2020", Type = "article-journal", Title = "Magnetic stimulation", Doi = "10.1000/tms.1", Location = SourceLocation.FileOnly("input/bibliography.yaml") },
        new Reference { Id = "jones2021", Type = "article-journal", Title = "Side effects", Location = SourceLocation.FileOnly("input/bibliography.yaml") },
    ]);

    private static ArticleParts Split(string html) => ArticleParts.WithAbsoluteLinks(html, Canonical);

    /// <summary>The split read without a parser equals the HTML parser's, field by field.</summary>
    private static void AssertSameAsParserSplit(string html, bool newTab)
    {
        var expected = ArticleParts.FromDocument(html, SyndicationRules.AbsoluteLinks(Canonical, newTab));
        var actual = ArticleParts.From(html, SyndicationRules.AbsoluteLinks(Canonical, newTab));
        Assert.Equal(expected.Sections.Count, actual.Sections.Count);
        for (var i = 0; i < expected.Sections.Count; i++)
        {
            Assert.Equal(expected.Sections[i].Id, actual.Sections[i].Id);
            Assert.Equal(expected.Sections[i].Headline, actual.Sections[i].Headline);
            Assert.Equal(expected.Sections[i].Html, actual.Sections[i].Html);
            Assert.Equal(expected.Sections[i].HeadingHtml, actual.Sections[i].HeadingHtml);
            Assert.Equal(expected.Sections[i].Text, actual.Sections[i].Text);
        }
        Assert.Equal(expected.ReferencesHtml, actual.ReferencesHtml);
        Assert.Equal(expected.KeyPoints, actual.KeyPoints);
    }

    private const string Article = """
        Opening words before any heading.

        ## Key points

        - TMS uses *magnetic* pulses.
        - It is given in a clinic:
          - five days a week
          - for four to six weeks

        ## How it works

        A coil over the scalp [@smith2020]. See [dopamine](xref:dopamine) and [the trial](https://example.org/t?a=1&b=2).

        ## Side effects

        Headache is common [@smith2020; @jones2021].
        """;

    [Fact]
    public void Sections_start_at_each_top_level_h2_with_its_id_headline_html_and_text()
    {
        var parts = Split(Render(Article));

        Assert.Equal([null, "key-points", "how-it-works", "side-effects"], parts.Sections.Select(s => s.Id));
        Assert.Equal([null, "Key points", "How it works", "Side effects"], parts.Sections.Select(s => s.Headline));
        Assert.Equal("<p>Opening words before any heading.</p>", parts.Sections[0].Html);
        Assert.Equal("", parts.Sections[0].HeadingHtml);
        Assert.Equal("<h2 id=\"side-effects\">Side effects</h2>", parts.Sections[3].HeadingHtml);
        Assert.StartsWith("<p>Headache is common <span class=\"citation\" id=\"cite-2\">", parts.Sections[3].Html, StringComparison.Ordinal);
        Assert.Equal("Headache is common [1, 2].", parts.Sections[3].Text);
        Assert.Equal(["How it works", "Side effects"], parts.BodySections.Select(s => s.Headline).Skip(1));
    }

    [Fact]
    public void Key_points_are_the_items_of_every_list_in_the_key_points_section_nested_ones_included()
    {
        var parts = Split(Render(Article));

        Assert.Equal("key-points", parts.KeyPointsSection?.Id);
        Assert.Equal(["TMS uses magnetic pulses.", "It is given in a clinic:\nfive days a week\nfor four to six weeks", "five days a week", "for four to six weeks"], parts.KeyPoints);
    }

    [Fact]
    public void The_reference_list_is_apart_from_the_sections_without_its_back_links()
    {
        var parts = Split(Render(Article));

        Assert.StartsWith("<section class=\"references\" aria-labelledby=\"references\">", parts.ReferencesHtml, StringComparison.Ordinal);
        Assert.Contains("<li id=\"ref-1\">", parts.ReferencesHtml, StringComparison.Ordinal);
        Assert.Contains("Magnetic stimulation", parts.ReferencesHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("ref-backlinks", parts.ReferencesHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(parts.Sections, s => s.Id == "references" || s.Html.Contains("references", StringComparison.Ordinal));
    }

    [Fact]
    public void Heading_anchors_are_removed_with_the_space_before_them()
    {
        var html = Render(Article);
        Assert.Contains("heading-anchor", html, StringComparison.Ordinal);

        var parts = Split(html);

        Assert.All(parts.Sections, s => Assert.DoesNotContain("heading-anchor", s.HeadingHtml + s.Html, StringComparison.Ordinal));
        Assert.Equal("<h2 id=\"how-it-works\">How it works</h2>", parts.Sections[2].HeadingHtml);
    }

    [Fact]
    public void Links_become_absolute_against_the_article_url()
    {
        var section = Split(Render(Article)).Sections[2].Html;

        Assert.Contains("<a href=\"https://synapse.example/neurotransmitters/dopamine/\">dopamine</a>", section, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.org/t?a=1&amp;b=2\">the trial</a>", section, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://synapse.example/treatments/tms/#ref-1\" aria-label=\"Reference 1\">1</a>", section, StringComparison.Ordinal);
    }

    [Fact]
    public void Embed_links_open_in_a_new_tab_except_mailto_and_tel()
    {
        var html = Render("See [a](https://example.org/), [mail](mailto:a@b.example) and [call](tel:+441234).");

        var section = Split(html).OpeningLinksInNewTab().Sections[0].Html;

        Assert.Equal("<p>See <a href=\"https://example.org/\" target=\"_blank\" rel=\"noopener\">a</a>, <a href=\"mailto:a@b.example\">mail</a> and <a href=\"tel:+441234\">call</a>.</p>", section);
        AssertSameAsParserSplit(html, newTab: true);
    }

    [Fact]
    public void Text_decodes_character_references_as_an_html_parser_does_and_html_keeps_them_escaped()
    {
        const string html = "<h2 id=\"q\">&quot;Fish&quot; &amp; chips&#39;</h2>\n<p>1 &lt; 2 &gt; 0&nbsp;mg &#8617; &#x1F600; <code>&lt;b&gt;</code> <a href=\"/x?a=1&amp;b=&quot;2&quot;\" title=\"x &gt; y\">t</a></p>";
        Assert.NotNull(BodyNode.TryParse(html));

        var section = Split(html).Sections[0];

        Assert.Equal("\"Fish\" & chips'", section.Headline);
        Assert.Equal("<h2 id=\"q\">\"Fish\" &amp; chips'</h2>", section.HeadingHtml);
        Assert.Equal("1 < 2 > 0 mg \u21a9 \U0001F600 <b> t", section.Text);
        Assert.Equal("<p>1 &lt; 2 &gt; 0&nbsp;mg \u21a9 \U0001F600 <code>&lt;b&gt;</code> <a href=\"https://synapse.example/x?a=1&amp;b=%222%22\" title=\"x &gt; y\">t</a></p>", section.Html);
        AssertSameAsParserSplit(html, newTab: false);
    }

    [Fact]
    public void An_article_without_h2_headings_is_one_section_without_a_heading()
    {
        var parts = Split(Render("Just a paragraph.\n\n### A small heading\n\nMore text."));

        var section = Assert.Single(parts.Sections);
        Assert.Null(section.Id);
        Assert.Null(section.Headline);
        Assert.Equal("Just a paragraph.\nA small heading\nMore text.", section.Text);
        Assert.Null(parts.KeyPointsSection);
        Assert.Empty(parts.KeyPoints);
        Assert.Equal("", parts.ReferencesHtml);
    }

    [Fact]
    public void An_empty_body_has_no_sections() => Assert.Empty(Split("").Sections);

    [Fact]
    public void A_raw_html_h2_at_the_top_level_starts_a_section_and_one_inside_a_block_does_not()
    {
        var html = Render("Intro.\n\n<h2 id=\"raw\">Raw heading</h2>\n\n<div class=\"box\">\n<h2 id=\"inner\">Inside</h2>\n</div>\n\nAfter.");

        var parts = Split(html);

        Assert.Equal([null, "raw"], parts.Sections.Select(s => s.Id));
        Assert.Equal("Raw heading", parts.Sections[1].Headline);
        Assert.Contains("<div class=\"box\">\n<h2 id=\"inner\">Inside</h2>\n</div>", parts.Sections[1].Html, StringComparison.Ordinal);
        AssertSameAsParserSplit(html, newTab: false);
    }

    [Fact]
    public void Markdown_without_raw_html_is_read_without_an_html_parser()
    {
        var html = Render(Article + "\n\n| a | b |\n|---|:-:|\n| `x` | ![alt](synapse.svg) |\n\n> Quote with a footnote[^1].\n\n[^1]: The note.\n\n1. one\n2. two  \n   broken\n\n---\n\n```\ncode <x>\n```\n");

        Assert.NotNull(BodyNode.TryParse(html));
        AssertSameAsParserSplit(html, newTab: false);
    }

    [Theory]
    [InlineData("<p>open <div>block</div></p>")]
    [InlineData("<p>unclosed")]
    [InlineData("<ul><li>a<li>b</ul>")]
    [InlineData("<p>a <a href=\"x\">b <a href=\"y\">c</a></a></p>")]
    [InlineData("<table><tr><td>x</td></tr></table>")]
    [InlineData("<p>&copy; unknown entity</p>")]
    [InlineData("<p>x</p><!-- comment -->")]
    [InlineData("loose text at the top")]
    [InlineData("<pre>\nleading line feed</pre>")]
    [InlineData("<svg><h2>x</h2></svg>")]
    public void Markup_an_html_parser_would_rebuild_is_left_to_the_parser_with_the_same_result(string html)
    {
        Assert.Null(BodyNode.TryParse(html));
        AssertSameAsParserSplit(html, newTab: true);
    }

    [Fact]
    public void The_split_matches_the_html_parsers_on_generated_articles()
    {
        var generator = new DocumentGenerator(CheckFuzzTests.Seed + 23);
        var readDirectly = 0;
        for (var i = 0; i < 400; i++)
        {
            var html = Render(generator.Document(["k1"]));
            if (BodyNode.TryParse(html) is not null) readDirectly++;
            AssertSameAsParserSplit(html, newTab: i % 2 == 0);
        }
        Assert.True(readDirectly > 100, $"{readDirectly} of 400 generated articles were read without the parser");
    }
}
