namespace Synapse.Search.Lunr;

/// <summary>
/// lunr.stemmer: lunr 2.3.9's Porter stemmer (from tartarus.org), ported step by step. Each regular
/// expression of the original is replaced by the scan it is equivalent to; the comment above each step
/// quotes the original. <see cref="PorterMeasure"/> holds the measure tests (mgr0, meq1, mgr1, s_v).
/// Works on UTF-16 code units; "." in the originals never meets a line terminator because tokens
/// never contain whitespace.
/// </summary>
internal static class LunrStemmer
{
    private static readonly (string Suffix, string Replacement)[] Step2List =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("bli", "ble"),
        ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
        ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
        ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3List =
    [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ];

    private static readonly (string Suffix, string Replacement)[] Step4List =
    [
        ("al", ""), ("ance", ""), ("ence", ""), ("er", ""), ("ic", ""), ("able", ""), ("ible", ""), ("ant", ""),
        ("ement", ""), ("ment", ""), ("ent", ""), ("ou", ""), ("ism", ""), ("ate", ""), ("iti", ""), ("ous", ""),
        ("ive", ""), ("ize", ""),
    ];

    public static string Stem(string word)
    {
        if (word.Length < 3) return word;
        Span<char> w = word.Length <= 256 ? stackalloc char[word.Length + 1] : new char[word.Length + 1];
        word.AsSpan().CopyTo(w);
        int n = word.Length;

        // firstch = w.substr(0,1); if (firstch == "y") w = firstch.toUpperCase() + w.substr(1)
        bool firstY = w[0] == 'y';
        if (firstY) w[0] = 'Y';

        n = Step1a(w, n);
        n = Step1b(w, n);
        Step1c(w, n);
        n = ReplaceSuffix(w, n, Step2List);
        n = ReplaceSuffix(w, n, Step3List);
        n = Step4(w, n);
        n = Step5(w, n);

        if (firstY) w[0] = 'y';
        var result = w[..n];
        return result.SequenceEqual(word) ? word : new string(result);
    }

    // re_1a = /^(.+?)(ss|i)es$/ then re2_1a = /^(.+?)([^s])s$/, both replaced by "$1$2".
    private static int Step1a(Span<char> w, int n)
    {
        if ((n >= 5 && EndsWith(w, n, "sses")) || (n >= 4 && EndsWith(w, n, "ies"))) return n - 2;
        if (n >= 3 && w[n - 1] == 's' && w[n - 2] != 's') return n - 1;
        return n;
    }

    // re_1b = /^(.+?)eed$/: if mgr0(stem) drop the last letter.
    // else re2_1b = /^(.+?)(ed|ing)$/: if s_v(stem), w = stem, then /(at|bl|iz)$/ adds "e",
    // /([^aeiouylsz])\1$/ drops the last letter, /^C v [^aeiouwxy]$/ adds "e".
    private static int Step1b(Span<char> w, int n)
    {
        if (n >= 4 && EndsWith(w, n, "eed"))
            return PorterMeasure.Mgr0(w[..(n - 3)]) ? n - 1 : n;

        int stem = n >= 3 && EndsWith(w, n, "ed") ? n - 2 : n >= 4 && EndsWith(w, n, "ing") ? n - 3 : -1;
        if (stem < 0 || !PorterMeasure.HasVowel(w[..stem])) return n;

        n = stem;
        if (EndsWith(w, n, "at") || EndsWith(w, n, "bl") || EndsWith(w, n, "iz"))
        {
            w[n] = 'e';
            return n + 1;
        }
        if (n >= 2 && w[n - 1] == w[n - 2] && !"aeiouylsz".Contains(w[n - 1])) return n - 1;
        if (PorterMeasure.IsCvc(w[..n]))
        {
            w[n] = 'e';
            return n + 1;
        }
        return n;
    }

    // re_1c = /^(.+?[^aeiou])y$/: w = stem + "i".
    private static void Step1c(Span<char> w, int n)
    {
        if (n >= 3 && w[n - 1] == 'y' && !PorterMeasure.IsAeiou(w[n - 2])) w[n - 1] = 'i';
    }

    // re_4 = /^(.+?)(al|ance|...|ize)$/: if mgr1(stem) w = stem;
    // else (no such suffix) re2_4 = /^(.+?)(s|t)(ion)$/: if mgr1(stem + s|t) w = stem + s|t.
    private static int Step4(Span<char> w, int n)
    {
        int match = FindSuffix(w, n, Step4List);
        if (match >= 0)
        {
            int stem = n - Step4List[match].Suffix.Length;
            return PorterMeasure.Mgr1(w[..stem]) ? stem : n;
        }
        if (n >= 5 && (EndsWith(w, n, "sion") || EndsWith(w, n, "tion")))
            return PorterMeasure.Mgr1(w[..(n - 3)]) ? n - 3 : n;
        return n;
    }

    // re_5 = /^(.+?)e$/: if mgr1(stem) || (meq1(stem) && !/^C v [^aeiouwxy]$/(stem)) w = stem.
    // Then /ll$/ with mgr1(w): drop the last letter.
    private static int Step5(Span<char> w, int n)
    {
        if (n >= 2 && w[n - 1] == 'e')
        {
            var stem = w[..(n - 1)];
            if (PorterMeasure.Mgr1(stem) || (PorterMeasure.Meq1(stem) && !PorterMeasure.IsCvc(stem))) n--;
        }
        if (n >= 2 && w[n - 1] == 'l' && w[n - 2] == 'l' && PorterMeasure.Mgr1(w[..n])) n--;
        return n;
    }

    // re_2 / re_3 = /^(.+?)(suffix|...)$/: if mgr0(stem) w = stem + replacement.
    private static int ReplaceSuffix(Span<char> w, int n, (string Suffix, string Replacement)[] list)
    {
        int match = FindSuffix(w, n, list);
        if (match < 0) return n;
        var (suffix, replacement) = list[match];
        int stem = n - suffix.Length;
        if (!PorterMeasure.Mgr0(w[..stem])) return n;
        replacement.AsSpan().CopyTo(w[stem..]);
        return stem + replacement.Length;
    }

    /// <summary>
    /// The suffix <c>^(.+?)(a|b|...)$</c> captures: the lazy group is as short as possible (but not empty),
    /// so the longest listed suffix that leaves at least one letter wins. Returns its index, or -1.
    /// </summary>
    private static int FindSuffix(ReadOnlySpan<char> w, int n, (string Suffix, string Replacement)[] list)
    {
        int best = -1;
        for (int i = 0; i < list.Length; i++)
        {
            int len = list[i].Suffix.Length;
            if (len < n && (best < 0 || len > list[best].Suffix.Length) && EndsWith(w, n, list[i].Suffix)) best = i;
        }
        return best;
    }

    private static bool EndsWith(ReadOnlySpan<char> w, int n, string suffix) =>
        n >= suffix.Length && w[..n].EndsWith(suffix, StringComparison.Ordinal);
}
