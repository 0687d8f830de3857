using System.Text.RegularExpressions;
using Synapse.Checks.Editorial;

namespace Synapse.Tests.Checks;

/// <summary>The wording check passes over a page only when its quick word scan finds nothing the exact patterns could match.</summary>
public sealed class WordingPrefilterTests
{
    private static readonly string[] Phrases =
    [
        "commit suicide", "committed suicide", "successful suicides", "completed suicide", "failed suicide attempts",
        "unsuccessful suicide", "a schizophrenic", "schizophrenics", "the depressives", "a bipolar", "an anorexic",
        "the psychotic", "addicts", "junkie", "druggies", "crazy", "insane", "psycho", "lunatics", "nutters", "mad",
        "madmen", "suffering from", "suffers with", "sufferers", "the mentally ill", "mentally retarded", "mental retardation",
        "drug abusers", "substance abuser",
    ];

    /// <summary>Every character the patterns take for <paramref name="letter"/> (any case, culture-invariant): for k, also the Kelvin sign.</summary>
    private static List<char> Equivalents(char letter)
    {
        var one = new Regex("^" + letter + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var all = new List<char>();
        for (var c = 1; c <= char.MaxValue; c++)
            if (!char.IsSurrogate((char)c) && one.IsMatch(((char)c).ToString())) all.Add((char)c);
        return all;
    }

    [Fact]
    public void Every_case_and_letter_variant_of_every_phrase_is_kept_for_the_exact_patterns()
    {
        var letters = Phrases.SelectMany(p => p).Where(char.IsLetter).Distinct().ToDictionary(c => c, Equivalents);
        Assert.Contains('\u212A', letters['k']); // the patterns do take the Kelvin sign for a k

        var random = new Random(20261202);
        var variants = 0;
        foreach (var phrase in Phrases)
            for (var i = 0; i < 300; i++)
            {
                var chars = phrase.Select(c => letters.TryGetValue(c, out var options) ? options[random.Next(options.Count)] : c).ToArray();
                var text = "Some text before. " + new string(chars) + " and after.";
                Assert.True(WordingCheck.AnyPhrase().IsMatch(text), $"the variant '{new string(chars)}' should be a phrase to avoid");
                Assert.True(WordingCheck.MayContainPhrase(text), $"the quick scan passed over '{new string(chars)}'");
                variants++;
            }
        Assert.Equal(Phrases.Length * 300, variants);
    }

    [Fact]
    public void A_page_with_none_of_the_words_is_passed_over()
    {
        Assert.False(WordingCheck.MayContainPhrase("Serotonin is a chemical messenger. Exercise helps sleep and mood."));
        Assert.False(WordingCheck.MayContainPhrase(""));
    }
}
