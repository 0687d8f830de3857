using System.Text;
using Synapse.Search.Lunr;

namespace Synapse.Search;

/// <summary>
/// Builds and writes the site's search files (a whole-site stage: call it once, after every page is rendered).
/// search-index.json is a lunr.js 2.3.9 index over title (boost 10), summary, tags, headings and body, with
/// the page URL as ref and no position metadata; search-docs.json is the document store
/// (<see cref="SearchDocumentStore"/>). Each is also written as .gz and .br for hosts that serve precompressed files.
/// </summary>
internal static class SearchIndexWriter
{
    public static readonly IReadOnlyList<LunrField> Fields =
        [new("title", 10), new("summary"), new("tags"), new("headings"), new("body")];

    public static SearchArtifacts Build(IReadOnlyList<SearchEntry> entries, SearchSynonyms? synonyms = null)
    {
        var duplicate = entries.GroupBy(RefOf, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ArgumentException($"Two search entries have the URL '{duplicate.Key}'.", nameof(entries));

        var builder = new LunrIndexBuilder(Fields);
        foreach (var entry in entries)
            builder.Add(RefOf(entry), new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["title"] = SearchText.ForIndex(entry.Title),
                ["summary"] = SearchText.ForIndex(entry.Summary),
                ["tags"] = SearchText.ForIndex(string.Join(' ', entry.Tags)),
                ["headings"] = SearchText.ForIndex(string.Join('\n', entry.Headings)),
                ["body"] = SearchText.ForIndex(entry.BodyText),
            });
        var map = SearchSynonymMap.Compile(synonyms ?? SearchSynonyms.Empty);
        return new SearchArtifacts(builder.ToJson(), SearchDocumentStore.Write(entries, map));
    }

    /// <summary>Writes search-index.json and search-docs.json (each with .gz and .br) into <paramref name="outputDir"/>.</summary>
    public static void Write(string outputDir, SearchArtifacts artifacts)
    {
        Directory.CreateDirectory(outputDir);
        Parallel.Invoke(
            () => PrecompressedFile.Write(Path.Combine(outputDir, SearchArtifacts.IndexFileName), Encoding.UTF8.GetBytes(artifacts.IndexJson)),
            () => PrecompressedFile.Write(Path.Combine(outputDir, SearchArtifacts.DocumentsFileName), Encoding.UTF8.GetBytes(artifacts.DocumentsJson)));
    }

    /// <summary>The lunr ref of a page: its site-relative URL without a leading slash.</summary>
    public static string RefOf(SearchEntry entry) => entry.Url.TrimStart('/');
}
