using System.Text.RegularExpressions;

namespace Synapse.Checks;

/// <summary>Reading level of a Markdown body: Flesch–Kincaid grade and SMOG. Headings and list items count as sentences.</summary>
internal sealed record ReadingLevel(int Words, int Sentences, double FleschKincaid, double Smog);

internal static partial class Readability
{
    public static ReadingLevel Measure(string markdown)
    {
        var units = Units(markdown);
        int words = 0, syllables = 0, polysyllables = 0;
        foreach (var unit in units)
            foreach (var w in WordPattern().EnumerateMatches(unit))
            {
                words++;
                var s = Syllables(unit.AsSpan(w.Index, w.Length));
                syllables += s;
                if (s >= 3) polysyllables++;
            }
        var sentences = Math.Max(1, units.Count);
        var fk = 0.39 * words / sentences + 11.8 * syllables / Math.Max(1, words) - 15.59;
        var smog = 1.043 * Math.Sqrt(polysyllables * 30.0 / sentences) + 3.1291;
        return new ReadingLevel(words, units.Count, Math.Round(fk, 1), Math.Round(smog, 1));
    }

    private static List<string> Units(string md)
    {
        md = FencedCode().Replace(md, " ");
        md = HtmlComment().Replace(md, " ");
        md = Citation().Replace(md, "");
        md = Image().Replace(md, "");
        md = Link().Replace(md, "$1");
        md = InlineHtml().Replace(md, " ");
        md = Emphasis().Replace(md, "");
        var units = new List<string>();
        var paragraph = new List<string>();
        void Flush()
        {
            if (paragraph.Count == 0) return;
            units.AddRange(SplitSentences(string.Join(' ', paragraph)));
            paragraph.Clear();
        }
        foreach (var raw in md.Split('\n'))
        {
            var s = raw.Trim();
            if (s.Length == 0 || TableRule().IsMatch(s) || s.StartsWith('{')) { Flush(); continue; }
            if (s.StartsWith('#') || ListItem().IsMatch(s) || s.StartsWith('|'))
            {
                Flush();
                units.AddRange(SplitSentences(Marker().Replace(s, "", 1).Replace('|', ' ')));
                continue;
            }
            paragraph.Add(Quote().Replace(s, ""));
        }
        Flush();
        return units.Where(u => WordPattern().IsMatch(u)).ToList();
    }

    private static IEnumerable<string> SplitSentences(string text) =>
        SentenceEnd().Split(text.Trim()).Where(p => p.Trim().Length > 0);

    internal static int Syllables(string word) => Syllables(word.AsSpan());

    /// <summary>
    /// Vowel groups of the word's lower-case letters a–z (one or two vowels each, y counting as a vowel), after dropping
    /// a silent ending (-es or -e after a consonant other than l, or -ed) and a leading y; at least 1, and 1 for words
    /// of up to three letters. One pass over the letters, no allocation.
    /// </summary>
    private static int Syllables(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        var length = 0;
        foreach (var c in word)
        {
            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z') buffer[length++] = lower;
        }
        if (length <= 3) return 1;
        var w = buffer[..length];
        if (w[^1] == 's' && w[^2] == 'e' && !IsVowelOrL(w[^3])) w = w[..^3];
        else if (w[^1] == 'd' && w[^2] == 'e') w = w[..^2];
        else if (w[^1] == 'e' && !IsVowelOrL(w[^2])) w = w[..^2];
        if (w.Length > 0 && w[0] == 'y') w = w[1..];

        var groups = 0;
        for (var i = 0; i < w.Length;)
        {
            if (!IsVowel(w[i])) { i++; continue; }
            groups++;
            i += i + 1 < w.Length && IsVowel(w[i + 1]) ? 2 : 1;
        }
        return Math.Max(1, groups);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static bool IsVowelOrL(char c) => c == 'l' || IsVowel(c);

    [GeneratedRegex("```.*?```", RegexOptions.Singleline)] private static partial Regex FencedCode();
    [GeneratedRegex("<!--.*?-->", RegexOptions.Singleline)] private static partial Regex HtmlComment();
    [GeneratedRegex(@"\[[^\[\]]*@[^\[\]]*\]")] private static partial Regex Citation();
    [GeneratedRegex(@"!\[([^\]]*)\]\([^)]*\)")] private static partial Regex Image();
    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")] private static partial Regex Link();
    [GeneratedRegex("<[^>]+>")] private static partial Regex InlineHtml();
    [GeneratedRegex("[*_`]")] private static partial Regex Emphasis();
    [GeneratedRegex(@"^[|:\- ]+$")] private static partial Regex TableRule();
    [GeneratedRegex(@"^([-*+]|\d+[.)])\s+")] private static partial Regex ListItem();
    [GeneratedRegex(@"^(#+|[-*+]|\d+[.)]|>)\s*")] private static partial Regex Marker();
    [GeneratedRegex(@"^>\s*")] private static partial Regex Quote();
    [GeneratedRegex(@"(?<=[.!?])\s+")] private static partial Regex SentenceEnd();
    [GeneratedRegex("[A-Za-z0-9][A-Za-z0-9'’]*")] private static partial Regex WordPattern();
}
