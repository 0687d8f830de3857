using System.Buffers;
using System.Text.RegularExpressions;
using Synapse.Search.Lunr;

namespace Synapse.Search;

/// <summary>
/// Text clean-up applied before lunr sees a field, mirrored by search.js on queries (norm()):
/// typographic apostrophes become "'", hyphen look-alikes "-", dashes and minus signs spaces, and a
/// possessive "'s" is dropped ("people's" → "people"). Hyphenated words also get their joined form
/// appended ("5-HT" adds "5HT", "GABA-A" adds "GABAA"), so both spellings find the page; lunr itself
/// splits on hyphens, so "5-HT" is also indexed as "5" and "ht".
/// </summary>
internal static partial class SearchText
{
    private static readonly SearchValues<char> Special = SearchValues.Create("'\u2018\u2019\u02BC\u2010\u2011\u2012\u2013\u2014\u2015\u2212");

    public static string ForIndex(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        string normalized = Normalize(text);
        var joined = JoinedForms(normalized);
        return joined.Count == 0 ? normalized : normalized + "\n" + string.Join(' ', joined);
    }

    public static string Normalize(string text)
    {
        if (text.AsSpan().IndexOfAny(Special) < 0) return text;
        string replaced = string.Create(text.Length, text, static (dest, src) =>
        {
            for (int i = 0; i < src.Length; i++)
                dest[i] = src[i] switch
                {
                    '\u2018' or '\u2019' or '\u02BC' => '\'',
                    '\u2010' or '\u2011' => '-',
                    (>= '\u2012' and <= '\u2015') or '\u2212' => ' ',
                    var c => c,
                };
        });
        return replaced.Contains('\'') ? Possessive().Replace(replaced, "$1") : replaced;
    }

    /// <summary>Distinct joined forms of the hyphenated words, in order of first appearance.</summary>
    public static List<string> JoinedForms(string normalized)
    {
        var forms = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        int hyphen = normalized.IndexOf('-');
        while (hyphen >= 0)
        {
            int start = hyphen, end = hyphen;
            while (start > 0 && !JsCharClass.IsWhiteSpace(normalized[start - 1])) start--;
            while (end < normalized.Length && !JsCharClass.IsWhiteSpace(normalized[end])) end++;
            var parts = normalized[start..end].Split('-').Select(p => LunrTrimmer.Trim(p).ToString()).Where(p => p.Length > 0).ToList();
            string form = string.Concat(parts);
            if (parts.Count > 1 && seen.Add(form)) forms.Add(form);
            hyphen = normalized.IndexOf('-', end);
        }
        return forms;
    }

    [GeneratedRegex("([A-Za-z0-9])'[sS](?![A-Za-z0-9])")]
    private static partial Regex Possessive();
}
