using System.Text;
using Synapse.Search.Lunr;

namespace Synapse.Search;

/// <summary>
/// search-docs.json: what results show, keyed by the lunr ref (the page URL), plus the synonym map.
/// <code>{"sections":[["Conditions","conditions/"],…],"docs":{"conditions/depression/":["Depression",0,"Summary…","Excerpt…"]},"synonyms":{"ssri":[["select","serotonin","reuptak","inhibitor"]]}}</code>
/// A section is [name, site-relative URL of its index page: the first segment of its pages' URLs]; a doc is
/// [title, index into sections, summary, excerpt]. URLs are site-relative: search.js prefixes the base path.
/// </summary>
internal static class SearchDocumentStore
{
    /// <summary>Characters of body text kept per page for highlighted excerpts (the start of the page: its key points).</summary>
    public const int ExcerptLength = 320;

    public static string Write(IReadOnlyList<SearchEntry> entries, IReadOnlyDictionary<string, List<string[]>> synonyms)
    {
        var sections = entries.Select(e => e.Section).Distinct(StringComparer.Ordinal).ToList();
        var sb = new StringBuilder("{\"sections\":[");
        sb.AppendJoin(',', sections.Select(name =>
            $"[{JsJson.QuoteString(name)},{JsJson.QuoteString(SectionUrl(entries.First(e => e.Section == name)))}]"));
        sb.Append("],\"docs\":{");
        for (int i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            if (i > 0) sb.Append(',');
            JsJson.WriteString(sb, SearchIndexWriter.RefOf(e));
            sb.Append(":[");
            JsJson.WriteString(sb, e.Title);
            sb.Append(',').Append(sections.IndexOf(e.Section)).Append(',');
            JsJson.WriteString(sb, e.Summary);
            sb.Append(',');
            JsJson.WriteString(sb, SearchExcerpt.From(e.BodyText, ExcerptLength));
            sb.Append(']');
        }
        sb.Append("},\"synonyms\":{");
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
        return sb.Append("}}").ToString();
    }

    private static string SectionUrl(SearchEntry entry)
    {
        string url = SearchIndexWriter.RefOf(entry);
        int slash = url.IndexOf('/');
        return slash < 0 ? "" : url[..(slash + 1)];
    }
}
