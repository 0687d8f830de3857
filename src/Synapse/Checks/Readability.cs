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

    /// <summary>Syllable counts by word: a site repeats its vocabulary, and counting takes several regular expressions.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> SyllableCache = new(StringComparer.Ordinal);
    private const int SyllableCacheLimit = 200_000;
    private static int _syllableCacheSize;

    internal static int Syllables(string word) => Syllables(word.AsSpan());

    private static int Syllables(ReadOnlySpan<char> span)
    {
        if (SyllableCache.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(span, out var known)) return known;
        var word = span.ToString();
        var count = CountSyllables(word);
        // ConcurrentDictionary.Count takes every lock: the size is tracked apart.
        if (Volatile.Read(ref _syllableCacheSize) < SyllableCacheLimit && SyllableCache.TryAdd(word, count)) Interlocked.Increment(ref _syllableCacheSize);
        return count;
    }

    private static int CountSyllables(string word)
    {
        var w = NonLower().Replace(word.ToLowerInvariant(), "");
        if (w.Length == 0 || w.Length <= 3) return 1;
        w = SilentEnding().Replace(w, "");
        w = LeadingY().Replace(w, "");
        return Math.Max(1, VowelGroup().Count(w));
    }

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
    [GeneratedRegex("[^a-z]")] private static partial Regex NonLower();
    [GeneratedRegex("(?:[^laeiouy]es|ed|[^laeiouy]e)$")] private static partial Regex SilentEnding();
    [GeneratedRegex("^y")] private static partial Regex LeadingY();
    [GeneratedRegex("[aeiouy]{1,2}")] private static partial Regex VowelGroup();
}
