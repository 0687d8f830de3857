using System.Text;
using Synapse.Search.Lunr;

namespace Synapse.Search;

/// <summary>The start of a page's body text, whitespace collapsed, cut at a word boundary: the text search.js highlights in results.</summary>
internal static class SearchExcerpt
{
    public static string From(string bodyText, int maxChars)
    {
        var sb = new StringBuilder(Math.Min(bodyText.Length, maxChars + 1));
        bool space = false;
        foreach (char c in bodyText)
        {
            if (JsCharClass.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
            if (sb.Length > maxChars) break;
        }
        if (sb.Length <= maxChars) return sb.ToString();
        string text = sb.ToString(0, maxChars);
        int cut = text.LastIndexOf(' ');
        return (cut > maxChars / 2 ? text[..cut] : text).TrimEnd(',', ';', ':') + "…";
    }
}
