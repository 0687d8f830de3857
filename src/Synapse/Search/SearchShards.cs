using System.Text;
using Synapse.Search.Lunr;

namespace Synapse.Search;

/// <summary>
/// The site's search as files a reader fetches piece by piece, scored in the browser exactly as lunr.js 2.3.9
/// scores one full index of the same documents (search.js runs lunr's own <c>Index.query</c> over the pieces).
/// <list type="bullet">
/// <item><c>search-index/meta.json</c>, loaded first: the field names, the number of documents, every index
/// term (sorted by UTF-16 code unit, front-coded: one character <c>'0' + n</c> for the n characters shared with
/// the previous term, then the rest; terms separated by spaces, which no term holds), the number of the first
/// term of each shard, the sections and the synonym map. The terms are what wildcard and typo expansion need
/// (lunr's <c>TokenSet</c>); idf, average field lengths and boosts are already in the weights, as in lunr's own
/// field vectors.</item>
/// <item><c>search-index/t/N.json</c>, shard N, fetched when a query expands to one of its terms: per term in
/// order, <c>[_index, title postings, summary postings, …]</c>, each postings list flat
/// <c>[document − previous document, weight, …]</c> (the first document counts from −1).</item>
/// <item><c>search-index/d/N.json</c>, fetched for the results shown: document N as
/// <c>[url, title, section index, summary, excerpt]</c>.</item>
/// <item><c>search-index/words.json</c>, fetched only when a query finds nothing: the words of titles and
/// summaries that "Did you mean" may offer.</item>
/// </list>
/// </summary>
internal static partial class SearchShards
{
    public const string Folder = "search-index/";
    public const string MetaFile = Folder + "meta.json";
    public const string WordsFile = Folder + "words.json";

    /// <summary>A shard closes once its JSON reaches this many characters (a single term may exceed it).</summary>
    public const int ShardChars = 24 * 1024;

    /// <summary>The largest shared-prefix length the front coding records (longer shares repeat the rest).</summary>
    private const int MaxShared = 74;

    public static string ShardFile(int shard) => $"{Folder}t/{shard}.json";
    public static string DocumentFile(int document) => $"{Folder}d/{document}.json";

    public static List<SearchFile> Write(LunrIndexData data, IReadOnlyList<SearchEntry> entries,
        IReadOnlyList<(string Name, string Url)> sections, IReadOnlyDictionary<string, List<string[]>> synonyms)
    {
        var weights = LunrPostingWeights.Compute(data);
        var terms = data.Terms.ToArray();
        Array.Sort(terms, static (a, b) => string.CompareOrdinal(a.Text, b.Text));

        var files = new List<SearchFile>();
        var shardStarts = new List<int>();
        var shard = new StringBuilder();
        var entry = new StringBuilder();
        for (int i = 0; i < terms.Length; i++)
        {
            entry.Clear();
            WriteTerm(entry, terms[i], data.Fields.Count, weights);
            if (shard.Length == 0) { shardStarts.Add(i); shard.Append('['); }
            else shard.Append(',');
            shard.Append(entry);
            if (shard.Length >= ShardChars || i == terms.Length - 1)
            {
                files.Add(new SearchFile(ShardFile(shardStarts.Count - 1), shard.Append(']').ToString(), Precompress: true));
                shard.Clear();
            }
        }

        var sectionIndex = sections.Select((s, i) => (s.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        for (int d = 0; d < entries.Count; d++)
        {
            var e = entries[d];
            var sb = new StringBuilder("[");
            JsJson.WriteString(sb, SearchIndexWriter.RefOf(e));
            sb.Append(',');
            JsJson.WriteString(sb, e.Title);
            sb.Append(',').Append(sectionIndex[e.Section]).Append(',');
            JsJson.WriteString(sb, e.Summary);
            sb.Append(',');
            JsJson.WriteString(sb, SearchExcerpt.From(e.BodyText, SearchDocumentStore.ExcerptLength));
            files.Add(new SearchFile(DocumentFile(d), sb.Append(']').ToString(), Precompress: false));
        }

        files.Add(new SearchFile(MetaFile, Meta(data, terms, shardStarts, sections, synonyms), Precompress: true));
        files.Add(new SearchFile(WordsFile, "[" + string.Join(',', SuggestionWords(entries).Select(JsJson.QuoteString)) + "]", Precompress: true));
        return files;
    }

    /// <summary><c>[_index,[gap,weight,…],…]</c>: one postings list per field, in the index's field order.</summary>
    private static void WriteTerm(StringBuilder sb, LunrTerm term, int fieldCount, LunrPostingWeights weights)
    {
        sb.Append('[').Append(term.Index);
        for (int f = 0; f < fieldCount; f++)
        {
            var docs = weights.Docs(term.Index, f);
            var values = weights.Weights(term.Index, f);
            sb.Append(",[");
            int previous = -1;
            for (int i = 0; i < docs.Count; i++)
            {
                if (docs[i] <= previous) throw new InvalidOperationException($"Postings of '{term.Text}' are not in document order.");
                if (i > 0) sb.Append(',');
                sb.Append(docs[i] - previous).Append(',');
                JsJson.WriteNumber(sb, values[i]);
                previous = docs[i];
            }
            sb.Append(']');
        }
        sb.Append(']');
    }

    private static string Meta(LunrIndexData data, LunrTerm[] sortedTerms, List<int> shardStarts,
        IReadOnlyList<(string Name, string Url)> sections, IReadOnlyDictionary<string, List<string[]>> synonyms)
    {
        var sb = new StringBuilder("{\"version\":\"2.3.9\",\"fields\":[");
        sb.AppendJoin(',', data.Fields.Select(f => JsJson.QuoteString(f.Name)));
        sb.Append("],\"docs\":").Append(data.Documents.Count).Append(",\"terms\":");
        JsJson.WriteString(sb, FrontCode(sortedTerms.Select(t => t.Text)));
        sb.Append(",\"shards\":[").AppendJoin(',', shardStarts).Append("],\"sections\":[");
        sb.AppendJoin(',', sections.Select(s => $"[{JsJson.QuoteString(s.Name)},{JsJson.QuoteString(s.Url)}]"));
        sb.Append("],\"synonyms\":");
        SearchDocumentStore.WriteSynonyms(sb, synonyms);
        return sb.Append('}').ToString();
    }

    /// <summary>Sorted terms as one string: per term a character <c>'0' + shared</c>, then the unshared rest; space-separated.</summary>
    public static string FrontCode(IEnumerable<string> sortedTerms)
    {
        var sb = new StringBuilder();
        string previous = "";
        bool first = true;
        foreach (string term in sortedTerms)
        {
            if (!first) sb.Append(' ');
            first = false;
            int shared = 0, max = Math.Min(MaxShared, Math.Min(term.Length, previous.Length));
            while (shared < max && term[shared] == previous[shared]) shared++;
            sb.Append((char)('0' + shared)).Append(term, shared, term.Length - shared);
            previous = term;
        }
        return sb.ToString();
    }

    /// <summary>
    /// What search.js's "Did you mean" looks through: the words <c>/[a-z][a-z0-9]{3,}/g</c> of each document's
    /// lowercased "title summary", in order of first appearance.
    /// </summary>
    public static List<string> SuggestionWords(IReadOnlyList<SearchEntry> entries)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var words = new List<string>();
        foreach (var e in entries)
            foreach (System.Text.RegularExpressions.Match m in SuggestionWord().Matches(JsLowerCase.ToLower(e.Title + " " + e.Summary)))
                if (seen.Add(m.Value)) words.Add(m.Value);
        return words;
    }

    [System.Text.RegularExpressions.GeneratedRegex("[a-z][a-z0-9]{3,}", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SuggestionWord();
}

/// <summary>One file of the search output, site-relative; <paramref name="Precompress"/> asks for .gz and .br copies.</summary>
internal sealed record SearchFile(string Path, string Text, bool Precompress);
