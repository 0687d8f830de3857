using System.Text;
using System.Text.RegularExpressions;
using Synapse.Search.Lunr;

namespace Synapse.Search;

/// <summary>
/// Text clean-up applied before lunr sees a field, mirrored by search.js on queries (normalize()):
/// typographic apostrophes become "'", hyphen look-alikes "-", dashes and minus signs spaces, and a
/// possessive "'s" is dropped ("people's" → "people"). Hyphenated words also get their joined form
/// appended ("5-HT" adds "5HT", "GABA-A" adds "GABAA"), so both spellings find the page; lunr itself
/// splits on hyphens, so "5-HT" is also indexed as "5" and "ht".
/// </summary>
internal static partial class SearchText
{
    public static string ForIndex(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        string normalized = Normalize(text);
        var joined = JoinedForms(normalized);
        return joined.Count == 0 ? normalized : normalized + "\n" + string.Join(' ', joined);
    }

    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
            sb.Append(c switch
            {
                '\u2018' or '\u2019' or '\u02BC' => '\'',
                '\u2010' or '\u2011' => '-',
                (>= '\u2012' and <= '\u2015') or '\u2212' => ' ',
                _ => c,
            });
        return Possessive().Replace(sb.ToString(), "$1");
    }

    /// <summary>Distinct joined forms of the hyphenated words, in order of first appearance.</summary>
    public static List<string> JoinedForms(string normalized)
    {
        var forms = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in normalized.Split(JsCharClass.WhiteSpace.ToCharArray(), StringSplitOptions.RemoveEmptyEntries))
        {
            if (!word.Contains('-')) continue;
            var parts = word.Split('-').Select(p => LunrTrimmer.Trim(p).ToString()).Where(p => p.Length > 0).ToList();
            if (parts.Count < 2) continue;
            string form = string.Concat(parts);
            if (seen.Add(form)) forms.Add(form);
        }
        return forms;
    }

    [GeneratedRegex("([A-Za-z0-9])'[sS](?![A-Za-z0-9])")]
    private static partial Regex Possessive();
}
