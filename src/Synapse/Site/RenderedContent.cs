using Markdig.Syntax;

namespace Synapse.Site;

/// <summary>
/// The result of the Markdown stage for one page: body HTML, what later stages need from the syntax tree, and the
/// parsed <see cref="Document"/> itself (links already resolved), so a check that needs the syntax tree can read it
/// after the Markdown stage instead of living inside it. Read-only from here on.
/// </summary>
internal sealed record RenderedContent(
    string Html,
    IReadOnlyList<TocEntry> Toc,
    IReadOnlyList<LinkRef> Links,
    IReadOnlyList<string> Headings,
    string PlainText,
    ArticleCitations Citations)
{
    public MarkdownDocument? Document { get; init; }
    /// <summary>The document's nodes by kind, gathered in one walk straight after parsing (see <see cref="SyntaxNodes"/>).</summary>
    public SyntaxNodes? Nodes { get; init; }

    /// <summary>The gathered nodes, or a fresh walk of <see cref="Document"/> when content was made without them; null without a document.</summary>
    public SyntaxNodes? NodesOrWalk() => Nodes ?? (Document is { } document ? SyntaxNodes.Of(document) : null);
}
