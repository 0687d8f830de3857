using System.Text;

namespace Synapse.Search.Lunr;

/// <summary>
/// JavaScript's <c>String.prototype.toLowerCase()</c>: Unicode simple lowercase mappings, plus the two
/// rules .NET's invariant casing lacks — U+0130 becomes "i\u0307" (two code units) and a capital sigma
/// becomes final "ς" at the end of a word (Unicode's Final_Sigma context). Code points that .NET's
/// Unicode tables do not know yet are left as they are.
/// </summary>
internal static class JsLowerCase
{
    private const char CapitalSigma = '\u03A3';

    public static string ToLower(string s)
    {
        int i = 0;
        while (i < s.Length && s[i] < 0x80 && (uint)(s[i] - 'A') > 'Z' - 'A') i++;
        if (i == s.Length) return s;
        if (Ascii.IsValid(s.AsSpan(i)))
            return string.Create(s.Length, s, static (dest, src) => Ascii.ToLower(src, dest, out _));
        return ToLowerUnicode(s);
    }

    private static string ToLowerUnicode(string s)
    {
        var sb = new StringBuilder(s.Length + 4);
        Span<char> buffer = stackalloc char[2];
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c < 0x80) sb.Append((uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c);
            else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                var lower = Rune.ToLowerInvariant(new Rune(c, s[i + 1]));
                sb.Append(buffer[..lower.EncodeToUtf16(buffer)]);
                i++;
            }
            else if (c == '\u0130') sb.Append("i\u0307");
            else if (c == CapitalSigma) sb.Append(IsFinalSigma(s, i) ? 'ς' : 'σ');
            else sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>Final_Sigma: preceded by a cased letter and not followed by one, skipping case-ignorables.</summary>
    private static bool IsFinalSigma(string s, int at) =>
        NextIsCased(s, at - 1, backwards: true) && !NextIsCased(s, at + 1, backwards: false);

    private static bool NextIsCased(string s, int i, bool backwards)
    {
        while (i >= 0 && i < s.Length)
        {
            int cp = s[i], width = 1;
            if (backwards && char.IsLowSurrogate(s[i]) && i > 0 && char.IsHighSurrogate(s[i - 1]))
                (cp, width) = (char.ConvertToUtf32(s[i - 1], s[i]), 2);
            else if (!backwards && char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                (cp, width) = (char.ConvertToUtf32(s[i], s[i + 1]), 2);
            if (!UnicodeCasing.IsCaseIgnorable(cp)) return UnicodeCasing.IsCased(cp);
            i += backwards ? -width : width;
        }
        return false;
    }
}
