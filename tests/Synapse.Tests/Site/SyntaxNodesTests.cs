using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Synapse.Markdown;
using Synapse.Site;
using Synapse.Tests.Fuzz;

namespace Synapse.Tests.Site;

public sealed class SyntaxNodesTests
{
    [Fact]
    public void One_walk_finds_the_same_nodes_in_the_same_order_as_markdig_descendants_over_generated_documents()
    {
        var generator = new DocumentGenerator(CheckFuzzTests.Seed + 7);
        for (var i = 0; i < 500; i++)
        {
            var doc = Markdig.Markdown.Parse(generator.Document(["k1"]), MarkdownPipelineFactory.Shared);
            var nodes = SyntaxNodes.Of(doc);

            Assert.Equal(doc.Descendants().ToList(), nodes.All);
            Assert.Equal(doc.Descendants<LinkInline>().ToList(), nodes.Links);
            Assert.Equal(doc.Descendants<AutolinkInline>().ToList(), nodes.Autolinks);
            Assert.Equal(doc.Descendants<HtmlInline>().ToList(), nodes.HtmlInlines);
            Assert.Equal(doc.Descendants<HtmlBlock>().ToList(), nodes.HtmlBlocks);
            Assert.Equal(doc.Descendants<HeadingBlock>().ToList(), nodes.Headings);
            Assert.Equal(doc.Descendants<LinkReferenceDefinition>().ToList(), nodes.Definitions);
            Assert.Equal(doc.Descendants<Markdig.Extensions.Tables.Table>().ToList(), nodes.Tables);
        }
    }

    [Fact]
    public void Raw_html_is_found_in_blocks_and_inline_and_not_in_code()
    {
        static bool Raw(string md) => SyntaxNodes.Of(Markdig.Markdown.Parse(md, MarkdownPipelineFactory.Shared)).HasRawHtml;

        Assert.True(Raw("<div>\nx\n</div>\n"));
        Assert.True(Raw("Text with <b>bold</b>."));
        Assert.False(Raw("Text with `<b>` in code.\n\n```\n<script>\n```\n"));
        Assert.False(Raw("Plain *text* and [a link](https://example.org/)."));
    }
}
