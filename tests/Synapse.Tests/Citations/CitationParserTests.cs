using Markdig.Syntax;
using Synapse.Markdown.Citations;

namespace Synapse.Tests.Citations;

public sealed class CitationParserTests
{
    private static CitationItem SingleItem(string markdown) => Assert.Single(Assert.Single(Articles.Citations(markdown)).Items);

    private static MalformedCitationInline Malformed(string markdown) =>
        Assert.Single(Articles.Parse(markdown).Descendants<MalformedCitationInline>());

    [Fact]
    public void Prefix_locator_and_suffix_are_split_per_item()
    {
        var items = Assert.Single(Articles.Citations("[see @a, p. 3; also @b, emphasis added]")).Items;
        Assert.Equal(new CitationItem("a", "see", "p. 3", null, 0, 5), items[0]);
        Assert.Equal(new CitationItem("b", "also", null, "emphasis added", 0, 20), items[1]);
    }

    [Theory]
    [InlineData("[@a, p. 12]", "p. 12", null)]
    [InlineData("[@a, pp. 33, 35-37, and passim]", "pp. 33, 35-37", "and passim")]
    [InlineData("[@a, p. {iv, 3}]", "p. iv, 3", null)]
    [InlineData("[@a, chap. 2]", "chap. 2", null)]
    [InlineData("[@a, 45]", "45", null)]
    [InlineData("[@a, p. iv]", "p. iv", null)]
    [InlineData("[@a, line of argument]", null, "line of argument")]
    [InlineData("[@a p. 7]", "p. 7", null)]
    public void Locators_follow_pandoc_rules(string markdown, string? locator, string? suffix)
    {
        var item = SingleItem(markdown);
        Assert.Equal((locator, suffix), (item.Locator, item.Suffix));
    }

    [Theory]
    [InlineData("[@smith2020]", "smith2020")]
    [InlineData("[@doe:2019.x]", "doe:2019.x")]
    [InlineData("[@_under_score]", "_under_score")]
    [InlineData("[@1999a]", "1999a")]
    [InlineData("[@a-b+c?d<e>f~g/h#i$j%k&l]", "a-b+c?d<e>f~g/h#i$j%k&l")]
    [InlineData("[@{key with spaces}]", "key with spaces")]
    [InlineData("[@Müller2020]", "Müller2020")]
    public void Keys_follow_pandoc_rules(string markdown, string key) => Assert.Equal(key, SingleItem(markdown).Key);

    [Fact]
    public void Trailing_punctuation_is_not_part_of_the_key()
    {
        var item = SingleItem("[@a., emphasis added]");
        Assert.Equal("a", item.Key);
    }

    [Fact]
    public void Punctuation_after_the_bracket_stays_in_the_text()
    {
        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(Articles.Parse("Cited [@a]; then more.")));
        var inlines = paragraph.Inline!.ToList();
        Assert.IsType<CitationInline>(inlines[1]);
        Assert.Equal("; then more.", inlines[2].ToString());
    }

    [Theory]
    [InlineData("name@example.com")]
    [InlineData("[name@example.com]")]
    [InlineData("[mail me: name@example.com]")]
    [InlineData("`[@a]`")]
    [InlineData("```\n[@a]\n```")]
    [InlineData("    [@a]")]
    [InlineData("\\[@a]")]
    [InlineData("[text](https://example.org)")]
    [InlineData("[@a](https://example.org)")]
    [InlineData("[meet @ noon]")]
    [InlineData("[]")]
    public void Not_a_citation(string markdown)
    {
        var document = Articles.Parse(markdown);
        Assert.Empty(document.Descendants<CitationInline>());
        Assert.Empty(document.Descendants<MalformedCitationInline>());
    }

    [Fact]
    public void Each_item_knows_the_zero_based_line_and_column_of_its_at_sign()
    {
        var citations = Articles.Citations("# Title\n\nFirst line\n- a list item [@a; see\n  @b]\n");
        var items = Assert.Single(citations).Items;
        Assert.Equal((3, 15), (items[0].Line, items[0].Column));
        Assert.Equal((4, 2), (items[1].Line, items[1].Column));
        Assert.Equal((3, 14), (citations[0].Line, citations[0].Column));
    }

    [Theory]
    [InlineData("[@]", "'@' is not followed by a citation key.", 1)]
    [InlineData("[@a @b]", "Citation keys '@a' and '@b' need a ';' between them.", 4)]
    [InlineData("[@a;]", "This citation has an empty entry after ';'.", 3)]
    [InlineData("[;@a]", "This citation has an empty entry before ';'.", 1)]
    [InlineData("[@a; see]", "'see' in this citation has no @key.", 5)]
    [InlineData("[@{a]", "'@{' must hold a key and be closed with '}'.", 1)]
    [InlineData("x [@key never closed", "The citation '[@key' is never closed with ']'.", 2)]
    public void Malformed_citation_reports_what_and_where(string markdown, string message, int column)
    {
        var malformed = Malformed(markdown);
        Assert.Equal(message, malformed.Message);
        Assert.Equal((0, column), (malformed.ProblemLine, malformed.ProblemColumn));
        Assert.NotEmpty(malformed.Hint);
    }

    [Fact]
    public void An_unclosed_citation_does_not_swallow_the_citations_after_it()
    {
        var document = Articles.Parse("See [@a and then [@b].");
        Assert.Single(document.Descendants<MalformedCitationInline>());
        Assert.Equal("b", Assert.Single(Assert.Single(document.Descendants<CitationInline>()).Items).Key);
    }

    [Fact]
    public void Setup_twice_registers_the_parser_once()
    {
        var builder = CitationPipelineExtensions.UseCitations(new Markdig.MarkdownPipelineBuilder()).UsePandocCitations();
        new CitationExtension().Setup(builder);
        Assert.Single(builder.InlineParsers.OfType<CitationInlineParser>());
        Assert.Single(builder.BlockParsers.OfType<ReferencesMarkerParser>());
        var html = Markdig.Markdown.ToHtml("[@a]", builder.Build());
        Assert.Contains("cite-missing", html);
    }
}
