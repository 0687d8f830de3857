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
        if (s.Contains('\u0130')) return ToLowerExpanding(s);
        return string.Create(s.Length, s, static (dest, src) =>
        {
            for (int i = 0; i < src.Length;) i += LowerAt(src, i, dest[i..]);
        });
    }

    /// <summary>The rare case where the result is longer: each U+0130 becomes "i\u0307".</summary>
    private static string ToLowerExpanding(string s)
    {
        var sb = new StringBuilder(s.Length + 8);
        Span<char> buffer = stackalloc char[2];
        for (int i = 0; i < s.Length;)
        {
            if (s[i] == '\u0130')
            {
                sb.Append("i\u0307");
                i++;
                continue;
            }
            int width = LowerAt(s, i, buffer);
            sb.Append(buffer[..width]);
            i += width;
        }
        return sb.ToString();
    }

    /// <summary>Lowercases the code point at <paramref name="i"/> (not U+0130) into <paramref name="dest"/>; returns its UTF-16 length, unchanged by lowercasing.</summary>
    private static int LowerAt(string src, int i, Span<char> dest)
    {
        char c = src[i];
        if (c < 0x80) dest[0] = (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
        else if (char.IsHighSurrogate(c) && i + 1 < src.Length && char.IsLowSurrogate(src[i + 1]))
            return Rune.ToLowerInvariant(new Rune(c, src[i + 1])).EncodeToUtf16(dest);
        else if (c == CapitalSigma) dest[0] = IsFinalSigma(src, i) ? 'ς' : 'σ';
        else dest[0] = char.ToLowerInvariant(c);
        return 1;
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
