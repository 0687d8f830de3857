using System.Text;
using Synapse.Search.Lunr;

namespace Synapse.Search;

/// <summary>
/// Builds and writes the site's search files (a whole-site stage: call it once, after every page is rendered):
/// a lunr.js 2.3.9 index over title (boost 10), summary, tags, headings and body, with the page URL as ref and
/// no position metadata, split by term into the files of <see cref="SearchShards"/>. The larger files are also
/// written as .gz and .br for hosts that serve precompressed files.
/// </summary>
internal static class SearchIndexWriter
{
    public static readonly IReadOnlyList<LunrField> Fields =
        [new("title", 10), new("summary"), new("tags"), new("headings"), new("body")];

    public static SearchArtifacts Build(IReadOnlyList<SearchEntry> entries, SearchSynonyms? synonyms = null)
    {
        var index = Index(entries);
        var map = SearchSynonymMap.Compile(synonyms ?? SearchSynonyms.Empty);
        return new SearchArtifacts(SearchShards.Write(index.Data(), entries, SearchDocumentStore.Sections(entries), map));
    }

    /// <summary>The whole lunr index of the entries, in entry order, the text of the entries analysed in parallel (<c>ToJson()</c> gives what lunr.js would write).</summary>
    public static LunrIndexBuilder Index(IReadOnlyList<SearchEntry> entries)
    {
        var duplicate = entries.GroupBy(RefOf, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ArgumentException($"Two search entries have the URL '{duplicate.Key}'.", nameof(entries));

        var builder = new LunrIndexBuilder(Fields);
        builder.AddAll(entries, static entry => new LunrDocumentInput(RefOf(entry), new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["title"] = SearchText.ForIndex(entry.Title),
            ["summary"] = SearchText.ForIndex(entry.Summary),
            ["tags"] = SearchText.ForIndex(string.Join(' ', entry.Tags)),
            ["headings"] = SearchText.ForIndex(string.Join('\n', entry.Headings)),
            ["body"] = SearchText.ForIndex(entry.BodyText),
        }));
        return builder;
    }

    /// <summary>Writes the search files into <paramref name="outputDir"/>, with .gz and .br copies where asked.</summary>
    public static void Write(string outputDir, SearchArtifacts artifacts) =>
        Parallel.ForEach(artifacts.Files, file =>
        {
            string path = Path.Combine(outputDir, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            byte[] bytes = Encoding.UTF8.GetBytes(file.Text);
            if (file.Precompress) PrecompressedFile.Write(path, bytes);
            else File.WriteAllBytes(path, bytes);
        });

    /// <summary>The lunr ref of a page: its site-relative URL without a leading slash.</summary>
    public static string RefOf(SearchEntry entry) => entry.Url.TrimStart('/');
}
