using System.Diagnostics.CodeAnalysis;

namespace Synapse.Bibliography;

/// <summary>The site's merged bibliography: references in load order, looked up by id (case-sensitive, as in Pandoc).</summary>
internal sealed class SiteBibliography
{
    private readonly Dictionary<string, Reference> _byId;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _html = new(StringComparer.Ordinal);

    public SiteBibliography(IEnumerable<Reference> references)
    {
        _byId = new Dictionary<string, Reference>(StringComparer.Ordinal);
        var ordered = new List<Reference>();
        foreach (var reference in references)
        {
            if (_byId.TryAdd(reference.Id, reference)) ordered.Add(reference);
        }
        References = ordered;
    }

    public static SiteBibliography Empty { get; } = new([]);

    public IReadOnlyList<Reference> References { get; }

    public int Count => References.Count;

    public bool Contains(string key) => _byId.ContainsKey(key);

    /// <summary>
    /// The Vancouver entry of a reference as HTML, formatted once per build however many articles cite it
    /// (references are immutable records; one not in this bibliography is formatted every time).
    /// </summary>
    public string EntryHtml(Reference reference) =>
        _byId.TryGetValue(reference.Id, out var known) && ReferenceEquals(known, reference)
            ? _html.GetOrAdd(reference.Id, _ => VancouverFormatter.ToHtml(reference))
            : VancouverFormatter.ToHtml(reference);

    public bool TryGet(string key, [MaybeNullWhen(false)] out Reference reference) =>
        _byId.TryGetValue(key, out reference);

    /// <summary>The id the author probably meant: same letters in another case, or at most two edits away.</summary>
    public string? Suggest(string key)
    {
        var sameLetters = References.FirstOrDefault(r => string.Equals(r.Id, key, StringComparison.OrdinalIgnoreCase));
        if (sameLetters is not null) return sameLetters.Id;
        if (key.Length < 4) return null;
        return References
            .Select(r => (r.Id, Distance: EditDistance.Between(r.Id.ToLowerInvariant(), key.ToLowerInvariant(), 3)))
            .Where(x => x.Distance <= 2)
            .OrderBy(x => x.Distance).ThenBy(x => x.Id, StringComparer.Ordinal)
            .Select(x => x.Id)
            .FirstOrDefault();
    }
}
