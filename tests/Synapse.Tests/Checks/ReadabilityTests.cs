using System.Text.RegularExpressions;
using Synapse.Checks;
using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Checks;

public sealed partial class ReadabilityTests
{
    // Flesch–Kincaid grade = 0.39 × words/sentences + 11.8 × syllables/words − 15.59
    // SMOG = 1.043 × √(polysyllables × 30 / sentences) + 3.1291, both rounded to one decimal.

    [Fact]
    public void One_syllable_words_in_two_sentences_give_known_grade_and_smog()
    {
        // 9 words, 9 syllables, 2 sentences, no polysyllables: 1.755 + 11.8 − 15.59 = −2.035; SMOG 3.1291.
        var level = Readability.Measure("The cat sat on the mat. The dog ran.");

        Assert.Equal(new ReadingLevel(9, 2, -2.0, 3.1), level);
    }

    [Fact]
    public void Polysyllabic_sentences_give_known_grade_and_smog()
    {
        // se-ro-to-nin (4), reg-u-lates, e-mo-tion, do-pa-mine, mo-ti-vates, be-hav-ior (3 each): 19 syllables, 6 polysyllables.
        // FK: 0.39 × 3 + 11.8 × 19/6 − 15.59 = 22.95; SMOG: 1.043 × √90 + 3.1291 = 13.02.
        var level = Readability.Measure("Serotonin regulates emotion. Dopamine motivates behavior.");

        Assert.Equal(new ReadingLevel(6, 2, 22.9, 13.0), level);
    }

    [Fact]
    public void Headings_and_list_items_count_as_sentences()
    {
        // Three units (heading + two items), 6 words, 8 syllables (ex-er-cise), 1 polysyllable:
        // FK 0.78 + 15.73 − 15.59 = 0.92; SMOG 1.043 × √10 + 3.1291 = 6.43.
        var level = Readability.Measure("## Key points\n\n- Sleep helps\n- Exercise helps\n");

        Assert.Equal(new ReadingLevel(6, 3, 0.9, 6.4), level);
    }

    [Fact]
    public void Numbered_items_and_table_rows_count_as_sentences_too()
    {
        var level = Readability.Measure("1. Sleep well\n2) Eat well\n\n| Drug | Dose |\n|---|---|\n| Lithium | Low |\n");

        Assert.Equal(4, level.Sentences);
        Assert.Equal(8, level.Words);
    }

    [Fact]
    public void Lines_of_a_paragraph_are_joined_before_splitting_into_sentences()
    {
        var level = Readability.Measure("Sleep helps\nthe brain rest. It also\nhelps mood.");

        Assert.Equal(2, level.Sentences);
        Assert.Equal(9, level.Words);
    }

    [Theory]
    [InlineData("Sleep helps mood [@walker2017].", "Sleep helps mood.")]
    [InlineData("Sleep helps mood [@walker2017; @irwin2015].", "Sleep helps mood.")]
    [InlineData("Sleep helps mood [see @walker2017, p. 4].", "Sleep helps mood.")]
    public void Citations_are_ignored(string withCitation, string without)
    {
        Assert.Equal(Readability.Measure(without), Readability.Measure(withCitation));
    }

    [Theory]
    [InlineData("Read about [dopamine](xref:dopamine).", "Read about dopamine.")]
    [InlineData("A diagram: ![synapse with many labelled receptors](synapse.svg) here.", "A diagram: here.")]
    [InlineData("Some **bold** and _italic_ text.", "Some bold and italic text.")]
    [InlineData("Text.\n\n```\nvar extraordinarily = complicated;\n```\n", "Text.")]
    [InlineData("Text. <!-- an editorial comment with extraordinarily long words -->", "Text.")]
    public void Only_the_words_a_reader_sees_are_counted(string markdown, string equivalent)
    {
        Assert.Equal(Readability.Measure(equivalent), Readability.Measure(markdown));
    }

    [Fact]
    public void Empty_text_counts_no_words_and_does_not_divide_by_zero()
    {
        var level = Readability.Measure("");

        Assert.Equal(0, level.Words);
        Assert.Equal(0, level.Sentences);
        Assert.False(double.IsNaN(level.FleschKincaid));
        Assert.False(double.IsNaN(level.Smog));
    }

    [Theory]
    [InlineData("cat", 1)]
    [InlineData("the", 1)]
    [InlineData("made", 1)]
    [InlineData("table", 2)]
    [InlineData("hello", 2)]
    [InlineData("years", 1)]
    [InlineData("serotonin", 4)]
    [InlineData("regulates", 3)]
    [InlineData("exercise", 3)]
    [InlineData("Behavior,", 3)]
    public void Syllables_are_counted_by_vowel_groups_without_silent_endings(string word, int syllables)
    {
        Assert.Equal(syllables, Readability.Syllables(word));
    }

    /// <summary>The counting rule as regular expressions, as first written: the reference the one-pass count must equal.</summary>
    private static int ReferenceSyllables(string word)
    {
        var w = ReferenceNonLower().Replace(word.ToLowerInvariant(), "");
        if (w.Length <= 3) return 1;
        w = ReferenceSilentEnding().Replace(w, "");
        w = ReferenceLeadingY().Replace(w, "");
        return Math.Max(1, ReferenceVowelGroup().Count(w));
    }

    [GeneratedRegex("[^a-z]")] private static partial Regex ReferenceNonLower();
    [GeneratedRegex("(?:[^laeiouy]es|ed|[^laeiouy]e)$")] private static partial Regex ReferenceSilentEnding();
    [GeneratedRegex("^y")] private static partial Regex ReferenceLeadingY();
    [GeneratedRegex("[aeiouy]{1,2}")] private static partial Regex ReferenceVowelGroup();

    [Fact]
    public void Syllable_counts_equal_the_regular_expression_rule_for_every_word_of_the_site_and_random_letter_strings()
    {
        var words = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "input"), "*.md", SearchOption.AllDirectories)
            .SelectMany(f => Regex.Split(File.ReadAllText(f), @"\s+"))
            .Where(w => w.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
        Assert.True(words.Count > 5_000, $"only {words.Count} words read from input/");

        // Strings over a small alphabet hit every ending and vowel run: -es, -ed, -le, -les, y at the start, long vowel
        // runs, capitals, digits, punctuation, the Kelvin sign (lower-cases to k) and a dotted capital I.
        const string alphabet = "aeiouylsdbtxyAEYSD1'’-\u212A\u0130";
        var random = new Random(20261202);
        for (var i = 0; i < 50_000; i++)
        {
            var chars = new char[random.Next(0, 12)];
            for (var j = 0; j < chars.Length; j++) chars[j] = alphabet[random.Next(alphabet.Length)];
            words.Add(new string(chars));
        }

        var different = words.Where(w => Readability.Syllables(w) != ReferenceSyllables(w)).Take(10).ToList();
        Assert.True(different.Count == 0, "counted differently: " + string.Join(", ", different.Select(w => $"'{w}' {Readability.Syllables(w)} ≠ {ReferenceSyllables(w)}")));
    }
}
