namespace Synapse.Search;

/// <summary>
/// The site's search files: <see cref="IndexJson"/> is a lunr.js 2.3.9 index (search-index.json) and
/// <see cref="DocumentsJson"/> the document store with the synonym map (search-docs.json).
/// </summary>
internal sealed record SearchArtifacts(string IndexJson, string DocumentsJson)
{
    public const string IndexFileName = "search-index.json";
    public const string DocumentsFileName = "search-docs.json";
}
