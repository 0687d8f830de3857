using System.Text;
using Synapse.Search.Lunr;

namespace Synapse.Search;

/// <summary>
/// What results show besides the index: the sections, as [name, site-relative URL of the section's index page
/// (the first segment of its pages' URLs)] in order of first appearance, and the synonym map
/// <c>{"ssri":[["select","serotonin","reuptak","inhibitor"]]}</c>. URLs are site-relative: search.js prefixes the base path.
/// </summary>
internal static class SearchDocumentStore
{
    /// <summary>Characters of body text kept per page for highlighted excerpts (the start of the page: its key points).</summary>
    public const int ExcerptLength = 320;

    public static List<(string Name, string Url)> Sections(IReadOnlyList<SearchEntry> entries) =>
        entries.Select(e => e.Section).Distinct(StringComparer.Ordinal)
            .Select(name => (name, SectionUrl(entries.First(e => e.Section == name)))).ToList();

    public static void WriteSynonyms(StringBuilder sb, IReadOnlyDictionary<string, List<string[]>> synonyms)
    {
        sb.Append('{');
        bool first = true;
        foreach (var (key, groups) in synonyms)
        {
            if (!first) sb.Append(',');
            first = false;
            JsJson.WriteString(sb, key);
            sb.Append(":[");
            sb.AppendJoin(',', groups.Select(g => "[" + string.Join(',', g.Select(JsJson.QuoteString)) + "]"));
            sb.Append(']');
        }
        sb.Append('}');
    }

    private static string SectionUrl(SearchEntry entry)
    {
        string url = SearchIndexWriter.RefOf(entry);
        int slash = url.IndexOf('/');
        return slash < 0 ? "" : url[..(slash + 1)];
    }
}
