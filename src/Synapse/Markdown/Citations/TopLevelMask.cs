namespace Synapse.Markdown.Citations;

/// <summary>
/// Marks which characters of a bracket's content are "top level": not escaped, not inside nested brackets and not
/// inside a code span. Only top-level ';' separate items and only top-level '@' start them.
/// </summary>
internal static class TopLevelMask
{
    public static bool[] Compute(string text, int start, int end)
    {
        var mask = new bool[Math.Max(0, end - start + 1)];
        var depth = 0;
        for (var i = start; i <= end; i++)
        {
            var c = text[i];
            if (c == '\\' && i < end) { i++; continue; }
            if (c == '`') { i = SkipCodeSpan(text, i, end); continue; }
            if (c == '[') { depth++; continue; }
            if (c == ']') { depth = Math.Max(0, depth - 1); continue; }
            mask[i - start] = depth == 0;
        }
        return mask;
    }

    /// <summary>Index of the last character of the code span opened at <paramref name="at"/>, or of the backtick run when it is not closed.</summary>
    public static int SkipCodeSpan(string text, int at, int end)
    {
        var run = 0;
        while (at + run <= end && text[at + run] == '`') run++;
        for (var i = at + run; i <= end; i++)
        {
            if (text[i] != '`') continue;
            var closing = 0;
            while (i + closing <= end && text[i + closing] == '`') closing++;
            if (closing == run) return i + closing - 1;
            i += closing - 1;
        }
        return at + run - 1;
    }
}
