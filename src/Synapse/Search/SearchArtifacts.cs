namespace Synapse.Search;

/// <summary>The site's search files (<see cref="SearchShards"/>), paths relative to the output folder.</summary>
internal sealed record SearchArtifacts(IReadOnlyList<SearchFile> Files)
{
    public SearchFile this[string path] => Files.First(f => f.Path == path);
}
