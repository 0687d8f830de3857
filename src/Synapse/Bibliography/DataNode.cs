using Synapse.Diagnostics;

namespace Synapse.Bibliography;

/// <summary>A YAML/JSON value with the position it was read from; the bibliography reader works on these, not on parser events.</summary>
internal abstract record DataNode(SourceLocation Location);

internal sealed record ScalarNode(string Value, SourceLocation Location) : DataNode(Location);

internal sealed record SequenceNode(IReadOnlyList<DataNode> Items, SourceLocation Location) : DataNode(Location);

internal sealed record MappingNode(IReadOnlyList<KeyValuePair<ScalarNode, DataNode>> Entries, SourceLocation Location)
    : DataNode(Location)
{
    /// <summary>The first entry whose key matches <paramref name="key"/> ignoring case (CSL spells DOI/doi, URL/url both ways).</summary>
    public DataNode? Get(string key) =>
        Entries.FirstOrDefault(e => string.Equals(e.Key.Value, key, StringComparison.OrdinalIgnoreCase)).Value;
}
