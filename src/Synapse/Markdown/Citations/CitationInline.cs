using Markdig.Syntax.Inlines;

namespace Synapse.Markdown.Citations;

/// <summary>A Pandoc citation such as <c>[@a; see @b, p. 3]</c>. Numbers and the marker id are set by <see cref="CitationNumbering"/>.</summary>
internal sealed class CitationInline(IReadOnlyList<CitationItem> items) : LeafInline
{
    public IReadOnlyList<CitationItem> Items { get; } = items;

    /// <summary>The unique id of this marker in the article ("cite-4"); null until numbered.</summary>
    public string? MarkerId { get; set; }

    /// <summary>The reference number of each item (aligned with <see cref="Items"/>); 0 when the key is not in the bibliography.</summary>
    public IReadOnlyList<int> Numbers { get; set; } = [];
}
