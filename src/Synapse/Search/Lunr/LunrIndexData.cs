namespace Synapse.Search.Lunr;

/// <summary>Everything the serializer needs, as the builder left it.</summary>
internal sealed record LunrIndexData(
    IReadOnlyList<LunrField> Fields,
    IReadOnlyList<LunrDocument> Documents,
    IReadOnlyList<LunrFieldEntry> Entries,
    IReadOnlyList<LunrTerm> Terms,
    int DocumentCount);
