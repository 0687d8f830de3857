namespace Synapse.Site;

/// <summary>One cited item where it stands: its marker's id, the key, its number (0 when not in the bibliography), and Markdig's 0-based position of its '@'.</summary>
internal sealed record CitationOccurrence(string MarkerId, string Key, int Number, int Line, int Column);

/// <summary>A citation that could not be read, at Markdig's 0-based position of the problem.</summary>
internal sealed record CitationProblem(string Text, string Message, string Hint, int Line, int Column);

/// <summary>An article's citations after numbering: what the References section, the checks and JSON-LD need.</summary>
internal sealed class ArticleCitations(
    IReadOnlyList<string> keys,
    IReadOnlyList<CitationOccurrence> occurrences,
    IReadOnlyList<CitationProblem> problems,
    IReadOnlyList<(int Line, int Column)> referencesMarkers,
    IReadOnlyList<(int Line, int Column)> referencesHeadings)
{
    public static ArticleCitations Empty { get; } = new([], [], [], [], []);

    /// <summary>Distinct numbered keys in order of first citation; the number of <c>Keys[i]</c> is i + 1.</summary>
    public IReadOnlyList<string> Keys { get; } = keys;

    /// <summary>Every cited item in document order, including keys that are not in the bibliography.</summary>
    public IReadOnlyList<CitationOccurrence> Occurrences { get; } = occurrences;

    public IReadOnlyList<CitationProblem> Problems { get; } = problems;

    /// <summary>Positions of <c>&lt;!-- references --&gt;</c> lines (0-based), normally zero or one.</summary>
    public IReadOnlyList<(int Line, int Column)> ReferencesMarkers { get; } = referencesMarkers;

    /// <summary>Positions of the article's own headings titled "References" (0-based); the section brings its own.</summary>
    public IReadOnlyList<(int Line, int Column)> ReferencesHeadings { get; } = referencesHeadings;

    public bool HasReferencesMarker => ReferencesMarkers.Count > 0;

    /// <summary>Every distinct key cited, numbered or not, in order of first citation.</summary>
    public IReadOnlyList<string> AllCitedKeys => Occurrences.Select(o => o.Key).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The reference number of <paramref name="key"/>, or 0 when it has none.</summary>
    public int NumberOf(string key)
    {
        for (var i = 0; i < Keys.Count; i++)
        {
            if (string.Equals(Keys[i], key, StringComparison.Ordinal)) return i + 1;
        }
        return 0;
    }

    /// <summary>The ids of the markers that cite <paramref name="key"/>, in document order, each once.</summary>
    public IReadOnlyList<string> MarkerIdsFor(string key) =>
        Occurrences.Where(o => string.Equals(o.Key, key, StringComparison.Ordinal)).Select(o => o.MarkerId).Distinct().ToList();
}
