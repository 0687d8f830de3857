using System.Text;

namespace Synapse.Markdown.Citations;

/// <summary>An item found in a bracket; <c>At</c> is the offset of its '@' in the paragraph text.</summary>
internal sealed record ParsedCitationItem(string Key, string? Prefix, string? Locator, string? Suffix, int At);

/// <summary>Why a bracket that looks like a citation cannot be read; <c>At</c> is the offset of the problem.</summary>
internal sealed record CitationSyntaxError(int At, string Message, string Hint);

/// <summary>
/// Reads the content of a citation bracket (between '[' and ']', offsets inclusive) into items separated by
/// top-level ';'. Pure: works on the paragraph text and offsets, knows nothing about Markdig's processor.
/// </summary>
internal static class CitationContentParser
{
    public static bool ContainsCitation(string text, int start, int end)
    {
        var mask = TopLevelMask.Compute(text, start, end);
        for (var i = start; i <= end; i++)
        {
            if (mask[i - start] && CitationSyntax.IsCitationAt(text, i, start, end)) return true;
        }
        return false;
    }

    public static (IReadOnlyList<ParsedCitationItem> Items, CitationSyntaxError? Error) Parse(string text, int start, int end)
    {
        var mask = TopLevelMask.Compute(text, start, end);
        var items = new List<ParsedCitationItem>();
        var itemStart = start;
        for (var i = start; i <= end + 1; i++)
        {
            if (i <= end && !(mask[i - start] && text[i] == ';')) continue;
            var (item, error) = ParseItem(text, itemStart, i - 1, mask, start, separatorAt: i <= end ? i : itemStart - 1);
            if (error is not null) return (items, error);
            items.Add(item!);
            itemStart = i + 1;
        }
        return (items, null);
    }

    private static (ParsedCitationItem? Item, CitationSyntaxError? Error) ParseItem(
        string text, int start, int end, bool[] mask, int maskStart, int separatorAt)
    {
        var raw = text.AsSpan(start, Math.Max(0, end - start + 1));
        if (raw.IsWhiteSpace())
        {
            var after = separatorAt >= start;
            return (null, new CitationSyntaxError(Math.Max(separatorAt, maskStart),
                after ? "This citation has an empty entry before ';'." : "This citation has an empty entry after ';'.",
                "Remove the extra ';', or write a key in that place: [@a; @b]."));
        }
        var at = -1;
        for (var i = start; i <= end && at < 0; i++)
        {
            if (mask[i - maskStart] && CitationSyntax.IsCitationAt(text, i, start, end)) at = i;
        }
        if (at < 0)
        {
            var first = start;
            while (char.IsWhiteSpace(text[first])) first++;
            return (null, new CitationSyntaxError(first, $"'{Clean(raw.ToString())}' in this citation has no @key.",
                "Each part between ';' needs its own key: [@a; see @b]. To write a literal '[', escape it as '\\['."));
        }
        var (keyStart, keyEnd, keyError) = Key(text, at, end);
        if (keyError is not null) return (null, keyError);
        for (var i = keyEnd; i <= end; i++)
        {
            if (!mask[i - maskStart] || !CitationSyntax.IsCitationAt(text, i, start, end)) continue;
            var next = text[(i + 1)..CitationSyntax.ScanKey(text, i + 1, end)];
            return (null, new CitationSyntaxError(i,
                $"Citation keys '@{text[keyStart..keyEnd]}' and '@{next}' need a ';' between them.",
                $"Write [@{text[keyStart..keyEnd]}; @{next}]."));
        }
        var prefix = Clean(text[start..at]);
        if (prefix.EndsWith('-')) prefix = prefix[..^1].TrimEnd();
        var rest = Clean(text[keyEnd..(end + 1)].TrimStart('}')).TrimStart(',').Trim();
        var (locator, suffix) = LocatorSplitter.Split(rest);
        return (new ParsedCitationItem(text[keyStart..keyEnd].Trim(), NullIfEmpty(prefix), locator, suffix, at), null);
    }

    /// <summary>The key after '@' (Pandoc rules, or anything inside "@{...}"): [start, end) offsets, or an error.</summary>
    private static (int Start, int End, CitationSyntaxError? Error) Key(string text, int at, int end)
    {
        if (at < end && text[at + 1] == '{')
        {
            var close = text.IndexOf('}', at + 2, end - at - 1);
            if (close < 0 || text.AsSpan(at + 2, close - at - 2).IsWhiteSpace())
                return (0, 0, new CitationSyntaxError(at, "'@{' must hold a key and be closed with '}'.", "Write @{key with spaces} or a plain @key."));
            return (at + 2, close, null);
        }
        var keyEnd = CitationSyntax.ScanKey(text, at + 1, end);
        if (keyEnd == at + 1)
        {
            return (0, 0, new CitationSyntaxError(at, "'@' is not followed by a citation key.",
                "Write the key right after '@', e.g. [@smith2020]; keys start with a letter, digit or '_'."));
        }
        return (at + 1, keyEnd, null);
    }

    /// <summary>Collapses whitespace (citations may span lines) and removes backslash escapes.</summary>
    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { space = builder.Length > 0; continue; }
            if (space) { builder.Append(' '); space = false; }
            if (c == '\\' && i + 1 < text.Length && IsAsciiPunctuation(text[i + 1]))
                c = text[++i];
            builder.Append(c);
        }
        return builder.ToString();
    }

    private static bool IsAsciiPunctuation(char c) => c < 128 && (char.IsPunctuation(c) || char.IsSymbol(c));

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
