using Synapse.Search.Lunr;

namespace Synapse.Search;

/// <summary>
/// Compiles synonyms for the browser. Keys are what search.js looks up: the query words tokenised like
/// the index, stemmed, stop words kept, joined by spaces ("5-HT" → "5 ht", also "5ht"). Values are the
/// expansions as lists of index terms (all of a list must match): "SSRI" → [["select","serotonin","reuptak","inhibitor"],["antidepress"]].
/// </summary>
internal static class SearchSynonymMap
{
    public static IReadOnlyDictionary<string, List<string[]>> Compile(SearchSynonyms synonyms)
    {
        var map = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var (term, expansions) in synonyms.Entries)
        {
            var groups = expansions.Select(IndexTerms).Where(g => g.Length > 0).ToList();
            foreach (string key in Keys(term))
            {
                if (!map.TryGetValue(key, out var list)) map[key] = list = [];
                foreach (var group in groups)
                    if (!list.Any(g => g.SequenceEqual(group))) list.Add(group);
            }
        }
        return map.Where(kv => kv.Value.Count > 0).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
    }

    /// <summary>The lookup keys for a term: its words stemmed, and for hyphenated words also the joined form.</summary>
    public static IEnumerable<string> Keys(string term)
    {
        string normalized = SearchText.Normalize(term);
        var words = LunrTokenizer.Tokenize(normalized).Select(Stem).Where(w => w.Length > 0).ToList();
        if (words.Count > 0) yield return string.Join(' ', words);
        var joined = LunrTokenizer.Tokenize(string.Join(' ', SearchText.JoinedForms(normalized))).Select(Stem).ToList();
        if (joined.Count > 0 && normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 1)
            yield return string.Join(' ', joined);
    }

    /// <summary>What the index holds for a phrase: lunr's pipeline (trimmer, stop words, stemmer) over its tokens.</summary>
    public static string[] IndexTerms(string phrase) =>
        LunrTokenizer.Tokenize(SearchText.Normalize(phrase)).Select(t => LunrPipeline.Run(t)).OfType<string>().Where(t => t.Length > 0).ToArray();

    private static string Stem(string token) => LunrStemmer.Stem(LunrTrimmer.Trim(token).ToString());
}
