using System.Buffers;

namespace Synapse.Search.Lunr;

/// <summary>
/// The measure tests of lunr's Porter stemmer, written as scans. With c = [^aeiou], v = [aeiouy],
/// C = c[^aeiouy]* and V = v[aeiou]* (so "y" counts as both, and "Y" as a consonant):
/// mgr0 = ^(C)?VC, meq1 = ^(C)?VC(V)?$, mgr1 = ^(C)?VCVC, s_v = ^(C)?v, cvc = ^Cv[^aeiouwxy]$.
/// Once the optional leading C is chosen every quantifier's extent is forced (each run must stop
/// exactly where the next class begins), so each test tries the at most two possible starts of the first V.
/// </summary>
internal static class PorterMeasure
{
    private static readonly SearchValues<char> Vowels = SearchValues.Create("aeiouy");

    public static bool IsAeiou(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    public static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>mgr0 = ^(C)?V C: [C]VC... is m &gt; 0.</summary>
    public static bool Mgr0(ReadOnlySpan<char> s) => AnyStart(s, static (s, p) => CountVc(s, p, 1) >= 0);

    /// <summary>mgr1 = ^(C)?V C V C: [C]VCVC... is m &gt; 1.</summary>
    public static bool Mgr1(ReadOnlySpan<char> s) => AnyStart(s, static (s, p) => CountVc(s, p, 2) >= 0);

    /// <summary>meq1 = ^(C)?V C (V)?$: [C]VC[V] is m = 1.</summary>
    public static bool Meq1(ReadOnlySpan<char> s) => AnyStart(s, static (s, p) =>
    {
        int j = CountVc(s, p, 1); // index of the C's first letter
        if (j < 0) return false;
        int q = IndexOfVowel(s, j + 1);
        if (q < 0) return true; // [^aeiouy]* runs to the end
        for (int i = q + 1; i < s.Length; i++)
            if (!IsAeiou(s[i])) return false; // (v[aeiou]*)$ must reach the end
        return true;
    });

    /// <summary>s_v = ^(C)?v: some letter is in [aeiouy] (a first letter in [aeiou] is itself a v).</summary>
    public static bool HasVowel(ReadOnlySpan<char> s) => s.ContainsAny(Vowels);

    /// <summary>^C v [^aeiouwxy]$ (re4_1b_2 and re3_5): consonant run, one vowel, a final consonant other than w, x, y.</summary>
    public static bool IsCvc(ReadOnlySpan<char> s)
    {
        int n = s.Length;
        if (n < 3 || IsAeiou(s[0]) || !IsVowel(s[n - 2]) || "aeiouwxy".Contains(s[n - 1])) return false;
        for (int i = 1; i < n - 2; i++)
            if (IsVowel(s[i])) return false;
        return true;
    }

    private delegate bool FromStart(ReadOnlySpan<char> s, int p);

    /// <summary>
    /// The first V starts at 0 when s[0] is a v (no leading C), or — when s[0] is a c — at the first v
    /// after the C's run of [^aeiouy]. "y" is both, so both starts are tried.
    /// </summary>
    private static bool AnyStart(ReadOnlySpan<char> s, FromStart rest)
    {
        if (s.IsEmpty) return false;
        if (IsVowel(s[0]) && rest(s, 0)) return true;
        if (IsAeiou(s[0])) return false;
        int p = IndexOfVowel(s, 1);
        return p >= 0 && rest(s, p);
    }

    /// <summary>
    /// From a v at p, matches <paramref name="count"/> units of "[aeiou]* C" then, between units, "v".
    /// Returns the index of the last C's first letter, or -1.
    /// </summary>
    private static int CountVc(ReadOnlySpan<char> s, int p, int count)
    {
        int j = -1;
        for (int unit = 0; unit < count; unit++)
        {
            if (unit > 0)
            {
                p = IndexOfVowel(s, j + 1);
                if (p < 0) return -1;
            }
            j = p + 1;
            while (j < s.Length && IsAeiou(s[j])) j++;
            if (j >= s.Length) return -1;
        }
        return j;
    }

    private static int IndexOfVowel(ReadOnlySpan<char> s, int from)
    {
        for (int i = from; i < s.Length; i++)
            if (IsVowel(s[i])) return i;
        return -1;
    }
}
