using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Synapse.Site;

/// <summary>
/// The nodes of a parsed Markdown document that the Markdown stage and the checks look at, gathered in one walk in
/// document order (pre-order, as Markdig's <c>Descendants</c> gives them), instead of one full walk per kind of node.
/// Taken straight after parsing: nodes the stage adds later (heading anchors) are not in it.
/// </summary>
internal sealed class SyntaxNodes
{
    public List<Block> Blocks { get; } = [];
    public List<HtmlBlock> HtmlBlocks { get; } = [];
    public List<HtmlInline> HtmlInlines { get; } = [];
    public List<LinkReferenceDefinition> Definitions { get; } = [];
    public List<LinkInline> Links { get; } = [];
    public List<AutolinkInline> Autolinks { get; } = [];
    public List<HeadingBlock> Headings { get; } = [];
    public List<Table> Tables { get; } = [];

    /// <summary>Every block and inline, blocks before their inlines and children, as Markdig's Descendants() orders them.</summary>
    public List<MarkdownObject> All { get; } = [];

    /// <summary>True when the author typed raw HTML (an HTML block or inline tag) anywhere in the body.</summary>
    public bool HasRawHtml => HtmlBlocks.Count > 0 || HtmlInlines.Count > 0;

    public static SyntaxNodes Of(MarkdownDocument document)
    {
        var nodes = new SyntaxNodes();
        nodes.WalkChildren(document);
        return nodes;
    }

    private void WalkChildren(ContainerBlock container)
    {
        foreach (var block in container) Visit(block);
    }

    private void Visit(Block block)
    {
        Blocks.Add(block);
        All.Add(block);
        switch (block)
        {
            case HtmlBlock html: HtmlBlocks.Add(html); break;
            case LinkReferenceDefinition definition: Definitions.Add(definition); break;
            case HeadingBlock heading: Headings.Add(heading); break;
            case Table table: Tables.Add(table); break;
        }
        if (block is LeafBlock { Inline: { } inline }) WalkInlines(inline);
        if (block is ContainerBlock container) WalkChildren(container);
    }

    private void WalkInlines(ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            All.Add(inline);
            switch (inline)
            {
                case HtmlInline html: HtmlInlines.Add(html); break;
                case LinkInline link: Links.Add(link); break;
                case AutolinkInline autolink: Autolinks.Add(autolink); break;
            }
            if (inline is ContainerInline child) WalkInlines(child);
        }
    }
}
