using Synapse.Site;
using Synapse.Bibliography;

namespace Synapse.Markdown.Citations;

/// <summary>The schema.org objects for an article's JSON-LD <c>citation</c> property, in reference-number order.</summary>
internal static class CitationJsonLd
{
    public static IReadOnlyList<object> For(ArticleCitations cites, SiteBibliography bibliography) =>
        cites.Keys
            .Select(key => bibliography.TryGet(key, out var reference) ? SchemaOrgCitation.For(reference) : null)
            .OfType<object>()
            .ToList();
}
