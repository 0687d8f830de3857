using Synapse.Markdown.Citations;
using Synapse.Site;

namespace Synapse.Markdown;

/// <summary>The result of the Markdown stage for one page: body HTML and what later stages need from the AST.</summary>
internal sealed record RenderedContent(
    string Html,
    IReadOnlyList<TocEntry> Toc,
    IReadOnlyList<LinkRef> Links,
    IReadOnlyList<string> Headings,
    string PlainText,
    ArticleCitations Citations);
