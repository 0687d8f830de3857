namespace Synapse.Markdown.Citations;

/// <summary>Pandoc's citation key rules and what counts as the '@' that starts a citation.</summary>
internal static class CitationSyntax
{
    /// <summary>Punctuation allowed inside a key when followed by a letter, digit or '_' (Pandoc).</summary>
    private const string InternalPunctuation = ":.#$%&-+?<>~/";

    public static bool IsKeyStart(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>End (exclusive) of the key starting at <paramref name="start"/>; equals start when there is no key.</summary>
    public static int ScanKey(string text, int start, int end)
    {
        if (start > end || !IsKeyStart(text[start])) return start;
        var i = start + 1;
        while (i <= end)
        {
            var c = text[i];
            if (IsKeyStart(c)) i++;
            else if (InternalPunctuation.Contains(c) && i < end && IsKeyStart(text[i + 1])) i += 2;
            else break;
        }
        return i;
    }

    /// <summary>
    /// True for an '@' that starts a citation item: at the start of the bracket or after a space, ';' or a
    /// suppress-author '-', and followed by a key, '{', or nothing at all (so <c>[@]</c> is reported, while
    /// name@example.com and "meet @ noon" are ordinary text).
    /// </summary>
    public static bool IsCitationAt(string text, int at, int start, int end)
    {
        if (text[at] != '@' || !IsBoundary(text, at, start)) return false;
        if (at == end) return true;
        var next = text[at + 1];
        return IsKeyStart(next) || next is '{' or ';' or ',' or ']';
    }

    private static bool IsBoundary(string text, int at, int start)
    {
        if (at == start) return true;
        var before = text[at - 1];
        if (char.IsWhiteSpace(before) || before == ';') return true;
        return before == '-' && (at - 1 == start || char.IsWhiteSpace(text[at - 2]) || text[at - 2] == ';');
    }
}
