using System.Text;
using Synapse.Search.Lunr;

namespace Synapse.Search;

/// <summary>
/// The site's search as files a reader fetches piece by piece, scored in the browser exactly as lunr.js 2.3.9
/// scores one full index of the same documents (search.js runs lunr's own <c>Index.query</c> over the pieces).
/// Terms are numbered in sorted order (UTF-16 code units, as lunr's invertedIndex is sorted).
/// <list type="bullet">
/// <item><c>search-index/meta.json</c>, loaded first: the field names, the number of documents and of terms, the
/// dictionary blocks <c>[first character, number of its first term]</c>, the number of rest buckets, the number of
/// the first term of each shard, the sections and the synonym map. idf, average field lengths and boosts are
/// already in the weights, as in lunr's own field vectors.</item>
/// <item><c>search-index/w/K.json</c>, dictionary block K: the terms starting with one character, as one string,
/// front-coded (per term one character <c>'0' + n</c> for the n characters shared with the previous term, then the
/// rest; terms separated by spaces, which no term holds). A query term's own character's block holds every term it
/// matches exactly or by a trailing wildcard.</item>
/// <item><c>search-index/r/H.json</c>, rest bucket H: <c>[number, term, …]</c> for the terms whose text after the
/// first character hashes to H (<see cref="RestHash"/>). With the blocks of a word's first two characters these hold
/// every term one edit away (lunr's <c>term~1</c>: the edits that change the first character keep the rest).
/// Other wildcards and larger edit distances load every block.</item>
/// <item><c>search-index/t/N.json</c>, shard N, fetched when a query expands to one of its terms: per term in
/// order, <c>[_index, title postings, summary postings, …]</c>, each postings list flat
/// <c>[document − previous document, weight, …]</c> (the first document counts from −1).</item>
/// <item><c>search-index/d/N.json</c>, fetched for the results shown: document N as
/// <c>[url, title, section index, summary, excerpt]</c>.</item>
/// <item><c>search-index/words.json</c>, fetched only when a query finds nothing: the words of titles and
/// summaries that "Did you mean" may offer.</item>
/// <item><c>search-index/page.js</c>, loaded by the search page with itself (a script, so the page's load event waits
/// for it): <c>self.synapseSearchData = {meta, docs}</c>, where meta is meta.json's object and docs is
/// <c>[[url, title, section index, summary], …]</c> in document order when those fit in
/// <see cref="PageDocumentsBudget"/> characters, else <c>null</c>. With docs, the search page shows matches in
/// titles and summaries at the first keystroke, while the shards of the full ranking load, and shows the full
/// ranking without waiting for the documents' files (only their excerpts follow).</item>
/// </list>
/// </summary>
internal static partial class SearchShards
{
    public const string Folder = "search-index/";
    public const string MetaFile = Folder + "meta.json";
    public const string WordsFile = Folder + "words.json";
    public const string PageScript = Folder + "page.js";

    /// <summary>
    /// The most characters of titles and summaries the search page loads with itself (about 1,500 articles; about
    /// 80 KB with gzip). Larger sites leave <c>docs</c> out of page.js: the search page then loads like the header box.
    /// </summary>
    public const int PageDocumentsBudget = 256 * 1024;

    /// <summary>A shard closes once its JSON reaches this many characters (a single term may exceed it).</summary>
    public const int ShardChars = 24 * 1024;

    /// <summary>The largest shared-prefix length the front coding records (longer shares repeat the rest).</summary>
    private const int MaxShared = 74;

    /// <summary>About this many terms per rest bucket.</summary>
    public const int TermsPerRestBucket = 200;

    /// <summary>Files under this many characters get no .gz and .br copies (compression gains little on them).</summary>
    private const int PrecompressFrom = 1024;

    public static string ShardFile(int shard) => $"{Folder}t/{shard}.json";
    public static string BlockFile(int block) => $"{Folder}w/{block}.json";
    public static string RestFile(int bucket) => $"{Folder}r/{bucket}.json";
    public static string DocumentFile(int document) => $"{Folder}d/{document}.json";

    public static List<SearchFile> Write(LunrIndexData data, IReadOnlyList<SearchEntry> entries,
        IReadOnlyList<(string Name, string Url)> sections, IReadOnlyDictionary<string, List<string[]>> synonyms)
    {
        var weights = LunrPostingWeights.Compute(data);
        var terms = data.Terms.ToArray();
        Array.Sort(terms, static (a, b) => string.CompareOrdinal(a.Text, b.Text));

        // Each term's JSON and each document's file are independent: written in parallel, joined in order.
        var termJson = new string[terms.Length];
        Parallel.For(0, terms.Length, static () => new StringBuilder(), (i, _, sb) =>
        {
            WriteTerm(sb.Clear(), terms[i], data.Fields.Count, weights);
            termJson[i] = sb.ToString();
            return sb;
        }, static _ => { });
        var sectionIndex = sections.Select((s, i) => (s.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        var documentFiles = new SearchFile[entries.Count];
        Parallel.For(0, entries.Count, d => documentFiles[d] = DocumentJson(d, entries[d], sectionIndex));

        var files = new List<SearchFile>();
        var shardStarts = new List<int>();
        var shard = new StringBuilder();
        for (int i = 0; i < terms.Length; i++)
        {
            if (shard.Length == 0) { shardStarts.Add(i); shard.Append('['); }
            else shard.Append(',');
            shard.Append(termJson[i]);
            if (shard.Length >= ShardChars || i == terms.Length - 1)
            {
                files.Add(NewFile(ShardFile(shardStarts.Count - 1), shard.Append(']').ToString()));
                shard.Clear();
            }
        }
        files.AddRange(documentFiles);

        var blocks = new List<(string Key, int First)>();
        for (int i = 0; i < terms.Length; i++)
        {
            string key = terms[i].Text.Length == 0 ? "" : terms[i].Text[..1];
            if (blocks.Count == 0 || blocks[^1].Key != key) blocks.Add((key, i));
        }
        for (int k = 0; k < blocks.Count; k++)
        {
            int end = k + 1 < blocks.Count ? blocks[k + 1].First : terms.Length;
            files.Add(NewFile(BlockFile(k), JsJson.QuoteString(FrontCode(terms[blocks[k].First..end].Select(t => t.Text)))));
        }
        int restBuckets = Math.Max(1, (terms.Length + TermsPerRestBucket - 1) / TermsPerRestBucket);
        var rests = new StringBuilder[restBuckets];
        for (int i = 0; i < terms.Length; i++)
        {
            string text = terms[i].Text;
            var bucket = rests[RestHash(text.Length == 0 ? "" : text[1..]) % restBuckets] ??= new StringBuilder("[");
            if (bucket.Length > 1) bucket.Append(',');
            bucket.Append(i).Append(',');
            JsJson.WriteString(bucket, text);
        }
        for (int h = 0; h < restBuckets; h++) files.Add(NewFile(RestFile(h), rests[h]?.Append(']').ToString() ?? "[]"));

        string meta = Meta(data, terms.Length, blocks, restBuckets, shardStarts, sections, synonyms);
        files.Add(NewFile(MetaFile, meta));
        files.Add(NewFile(PageScript, PageData(meta, entries, sectionIndex)));
        files.Add(NewFile(WordsFile, "[" + string.Join(',', SuggestionWords(entries).Select(JsJson.QuoteString)) + "]"));
        return files;
    }

    /// <summary>d/N.json: <c>[url, title, section index, summary, excerpt]</c>.</summary>
    private static SearchFile DocumentJson(int d, SearchEntry e, Dictionary<string, int> sectionIndex)
    {
        var sb = new StringBuilder("[");
        WriteDocumentCard(sb, e, sectionIndex);
        sb.Append(',');
        JsJson.WriteString(sb, SearchExcerpt.From(e.BodyText, SearchDocumentStore.ExcerptLength));
        return NewFile(DocumentFile(d), sb.Append(']').ToString());
    }

    /// <summary>page.js: meta, and the documents' url, title, section index and summary when they fit the budget.</summary>
    private static string PageData(string meta, IReadOnlyList<SearchEntry> entries, Dictionary<string, int> sectionIndex)
    {
        var docs = new StringBuilder("[");
        for (int d = 0; d < entries.Count; d++)
        {
            if (d > 0) docs.Append(',');
            WriteDocumentCard(docs.Append('['), entries[d], sectionIndex);
            docs.Append(']');
        }
        docs.Append(']');
        var sb = new StringBuilder("self.synapseSearchData={\"meta\":").Append(meta).Append(",\"docs\":");
        return (docs.Length <= PageDocumentsBudget ? sb.Append(docs) : sb.Append("null")).Append("};\n").ToString();
    }

    /// <summary><c>url, title, section index, summary</c>: what a result shows, shared by d/N.json and page.js.</summary>
    private static void WriteDocumentCard(StringBuilder sb, SearchEntry e, Dictionary<string, int> sectionIndex)
    {
        JsJson.WriteString(sb, SearchIndexWriter.RefOf(e));
        sb.Append(',');
        JsJson.WriteString(sb, e.Title);
        sb.Append(',').Append(sectionIndex[e.Section]).Append(',');
        JsJson.WriteString(sb, e.Summary);
    }

    private static SearchFile NewFile(string path, string text) => new(path, text, Precompress: text.Length >= PrecompressFrom);

    /// <summary>The rest bucket hash: h = h × 31 + code unit, modulo 2³², over UTF-16 code units (search.js: <c>hash</c>).</summary>
    public static uint RestHash(string text)
    {
        uint h = 0;
        foreach (char c in text) h = unchecked(h * 31 + c);
        return h;
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
            for (int i = 0; i < docs.Length; i++)
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

    private static string Meta(LunrIndexData data, int termCount, List<(string Key, int First)> blocks, int restBuckets, List<int> shardStarts,
        IReadOnlyList<(string Name, string Url)> sections, IReadOnlyDictionary<string, List<string[]>> synonyms)
    {
        var sb = new StringBuilder("{\"version\":\"2.3.9\",\"fields\":[");
        sb.AppendJoin(',', data.Fields.Select(f => JsJson.QuoteString(f.Name)));
        sb.Append("],\"docs\":").Append(data.Documents.Count).Append(",\"terms\":").Append(termCount).Append(",\"blocks\":[");
        sb.AppendJoin(',', blocks.Select(b => $"[{JsJson.QuoteString(b.Key)},{b.First}]"));
        sb.Append("],\"rests\":").Append(restBuckets);
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
