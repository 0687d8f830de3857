using Synapse.Site;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Synapse.Bibliography;

namespace Synapse.Markdown.Citations;

/// <summary>
/// Numbers an article's citations in order of first citation (Vancouver) and stores the numbers and marker ids in
/// the nodes, so that rendering needs no state.
/// </summary>
internal static class CitationNumbering
{
    /// <param name="document">The parsed article.</param>
    /// <param name="bibliography">
    /// When given, keys that are not in it get no number: their markers render as <c>[?key]</c> and they are left
    /// out of the References section. Without it every key is numbered (unknown ones show as missing entries).
    /// </param>
    public static ArticleCitations Apply(MarkdownDocument document, SiteBibliography? bibliography = null) =>
        Apply(Site.SyntaxNodes.Of(document), bibliography);

    /// <summary>As <see cref="Apply(MarkdownDocument, SiteBibliography?)"/>, over nodes already gathered from the document.</summary>
    public static ArticleCitations Apply(Site.SyntaxNodes nodes, SiteBibliography? bibliography = null)
    {
        var keys = new List<string>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var occurrences = new List<CitationOccurrence>();
        var problems = new List<CitationProblem>();
        var markers = new List<(int Line, int Column)>();
        var headings = new List<(int Line, int Column)>();
        var ordinal = 0;

        foreach (var node in nodes.All)
        {
            switch (node)
            {
                case CitationInline citation:
                    citation.MarkerId = CitationAnchors.Marker(++ordinal);
                    citation.Numbers = citation.Items.Select(item =>
                    {
                        var number = NumberFor(item.Key, bibliography, keys, numbers);
                        occurrences.Add(new CitationOccurrence(citation.MarkerId, item.Key, number, item.Line, item.Column));
                        return number;
                    }).ToList();
                    break;
                case MalformedCitationInline malformed:
                    problems.Add(new CitationProblem(malformed.Text, malformed.Message, malformed.Hint, malformed.ProblemLine, malformed.ProblemColumn));
                    break;
                case ReferencesMarkerBlock marker:
                    markers.Add((marker.Line, marker.Column));
                    break;
                case HeadingBlock heading when IsReferencesHeading(heading):
                    headings.Add((heading.Line, heading.Column));
                    break;
            }
        }
        return new ArticleCitations(keys, occurrences, problems, markers, headings);
    }

    private static bool IsReferencesHeading(HeadingBlock heading) =>
        heading.Inline is { } inline
        && string.Concat(inline.Descendants<LiteralInline>().Select(l => l.Content.ToString())).Trim()
            .Equals("References", StringComparison.OrdinalIgnoreCase);

    private static int NumberFor(string key, SiteBibliography? bibliography, List<string> keys, Dictionary<string, int> numbers)
    {
        if (numbers.TryGetValue(key, out var number)) return number;
        if (bibliography is not null && !bibliography.Contains(key)) return 0;
        keys.Add(key);
        numbers.Add(key, keys.Count);
        return keys.Count;
    }
}
