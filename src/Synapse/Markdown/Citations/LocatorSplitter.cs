namespace Synapse.Markdown.Citations;

/// <summary>
/// Splits what follows a key into a locator and a suffix, as Pandoc does: "p. 33, 35-37, and passim" gives
/// locator "p. 33, 35-37" and suffix "and passim". A locator starts with a CSL locator label or a digit;
/// braces keep commas inside: "p. {iv, 3}".
/// </summary>
internal static class LocatorSplitter
{
    private static readonly string[] Labels =
    [
        "sub verbo", "paragraphs", "paragraph", "chapters", "chapter", "sections", "section", "columns", "column",
        "figures", "figure", "volumes", "volume", "verses", "verse", "issues", "issue", "folios", "folio", "pages",
        "page", "notes", "note", "lines", "line", "parts", "part", "books", "book", "opera", "opus",
        "paras.", "para.", "chap.", "secs.", "sec.", "cols.", "col.", "figs.", "fig.", "vols.", "vol.", "fols.",
        "fol.", "s.vv.", "s.v.", "nos.", "no.", "pts.", "pt.", "bks.", "bk.", "ch.", "pp.", "p.", "ll.", "l.",
        "nn.", "n.", "vv.", "v.", "op.", "¶¶", "¶", "§§", "§",
    ];

    public static (string? Locator, string? Suffix) Split(string text)
    {
        text = text.Trim();
        if (text.Length == 0) return (null, null);
        var valueStart = LabelEnd(text);
        if (valueStart < 0) return (null, text);
        var i = valueStart;
        while (i < text.Length && text[i] == ' ') i++;
        if (i < text.Length && text[i] == '{')
        {
            var close = text.IndexOf('}', i);
            if (close > i)
            {
                var locator = (text[..valueStart].TrimEnd() + " " + text[(i + 1)..close].Trim()).Trim();
                return (locator, NullIfEmpty(text[(close + 1)..].TrimStart(',', ' ')));
            }
        }
        for (; i < text.Length; i++)
        {
            if (text[i] != ',') continue;
            var next = i + 1;
            while (next < text.Length && text[next] == ' ') next++;
            if (next < text.Length && char.IsDigit(text[next])) continue;
            return (text[..i].Trim(), NullIfEmpty(text[(i + 1)..].Trim()));
        }
        return (text, null);
    }

    /// <summary>Index just after a leading locator label (or 0 for a bare number); -1 when the text has no locator.</summary>
    private static int LabelEnd(string text)
    {
        if (char.IsDigit(text[0])) return 0;
        foreach (var label in Labels)
        {
            if (!text.StartsWith(label, StringComparison.OrdinalIgnoreCase)) continue;
            if (text.Length == label.Length) return -1;
            var after = text[label.Length];
            if (after != ' ' && !char.IsDigit(after) && after != '{') continue;
            return StartsValue(text, label.Length) ? label.Length : -1;
        }
        return -1;
    }

    /// <summary>A locator value starts with a digit, '{', or a roman numeral ("p. iv"), so "line of argument" stays a suffix.</summary>
    private static bool StartsValue(string text, int i)
    {
        while (i < text.Length && text[i] == ' ') i++;
        if (i == text.Length) return false;
        if (char.IsDigit(text[i]) || text[i] == '{') return true;
        var end = i;
        while (end < text.Length && "ivxlcdmIVXLCDM".Contains(text[end])) end++;
        return end > i && (end == text.Length || !char.IsLetter(text[end]));
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
