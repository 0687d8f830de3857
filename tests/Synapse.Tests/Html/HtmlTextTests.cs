using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Synapse.Html;

namespace Synapse.Tests.Html;

public sealed class HtmlTextTests
{
    [Theory]
    [InlineData("Fish & chips", "Fish &amp; chips")]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("a \"quoted\" title", "a &quot;quoted&quot; title")]
    [InlineData("it's", "it&#39;s")]
    [InlineData("&amp; stays literal", "&amp;amp; stays literal")]
    [InlineData("<>&\"'", "&lt;&gt;&amp;&quot;&#39;")]
    [InlineData("x < y > z", "x &lt; y &gt; z")]
    public void Escapes_ampersand_angle_brackets_and_both_quotes(string text, string expected) =>
        Assert.Equal(expected, HtmlText.Escape(text));

    [Theory]
    [InlineData("café, Straße, naïve")]
    [InlineData("日本語 العربية עברית")]
    [InlineData("😀 e\u0301 \u00a0 \u2013")]
    public void Leaves_non_ascii_text_as_it_is(string text) => Assert.Equal(text, HtmlText.Escape(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Null_and_empty_become_empty(string? text) => Assert.Equal("", HtmlText.Escape(text));

    [Fact]
    public void Text_with_nothing_to_escape_is_returned_without_a_copy()
    {
        var text = "Selective serotonin reuptake inhibitors";
        Assert.Same(text, HtmlText.Escape(text));
    }

    public static TheoryData<string> Awkward => new()
    {
        "Tom & Jerry's \"<b>bold</b>\" café",
        "&lt;already escaped&gt; &#39; &quot;",
        "'single' and \"double\" quotes",
        "a=b&c=d?e<f>g",
        "😀 < 日本語 & ' \"",
    };

    [Theory]
    [MemberData(nameof(Awkward))]
    public void A_browser_reads_back_the_original_text_from_element_content_and_from_either_quoted_attribute(string text)
    {
        var escaped = HtmlText.Escape(text);
        var document = new HtmlParser().ParseDocument($"<p id=\"a\" title=\"{escaped}\" data-x='{escaped}'>{escaped}</p>");
        var p = document.QuerySelector("p")!;

        Assert.Equal(text, p.TextContent);
        Assert.Equal(text, p.GetAttribute("title"));
        Assert.Equal(text, p.GetAttribute("data-x"));
    }

    [Theory]
    [MemberData(nameof(Awkward))]
    public void An_xml_reader_reads_back_the_original_text_from_element_content_and_attributes(string text)
    {
        var escaped = HtmlText.Escape(text);
        var element = XElement.Parse($"<loc a=\"{escaped}\" b='{escaped}'>{escaped}</loc>");

        Assert.Equal(text, element.Value);
        Assert.Equal(text, (string?)element.Attribute("a"));
        Assert.Equal(text, (string?)element.Attribute("b"));
    }
}
