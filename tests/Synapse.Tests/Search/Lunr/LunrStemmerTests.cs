using Synapse.Search.Lunr;
using Synapse.Tests.Search.Oracle;

namespace Synapse.Tests.Search.Lunr;

public sealed class LunrStemmerTests
{
    [Theory]
    [InlineData("depression", "depress")]
    [InlineData("anxiety", "anxieti")]
    [InlineData("serotonin", "serotonin")]
    [InlineData("running", "run")]
    [InlineData("yelling", "yell")]
    [InlineData("relational", "relat")]
    [InlineData("generalizations", "gener")]
    [InlineData("ht", "ht")]
    public void Stems_like_lunr(string word, string stem) => Assert.Equal(stem, LunrStemmer.Stem(word));

    [Fact]
    public void Hand_port_agrees_with_the_regular_expression_transliteration_on_many_words()
    {
        var words = TestWords.EdgeCases.Where(w => !HasLineTerminator(w)).Concat(TestWords.Generated(300_000, seed: 7));
        foreach (string word in words)
        {
            string expected = RegexPorterStemmer.Stem(word);
            string actual = LunrStemmer.Stem(word);
            if (expected != actual) Assert.Fail($"'{word}': regex port gives '{expected}', hand port '{actual}'");
        }
    }

    [Fact]
    public void Matches_lunr_js_on_whole_words()
    {
        var words = TestWords.EdgeCases.Where(w => !HasLineTerminator(w))
            .Concat(TestWords.Generated(4000, seed: 11)).ToList();
        string expected = LunrOracle.Run(OracleRequest.Words("stem", words));
        SameText.Assert(expected, OracleRequest.StringArray(words.Select(LunrStemmer.Stem)), "stemmer");
    }

    [Fact]
    public void Stems_lunrs_own_test_vocabulary()
    {
        using var vocabulary = System.Text.Json.JsonDocument.Parse(
            File.ReadAllText(Path.Combine(LunrOracle.PackageDirectory, "test", "fixtures", "stemming_vocab.json")));
        foreach (var pair in vocabulary.RootElement.EnumerateObject())
            Assert.Equal(pair.Value.GetString(), LunrStemmer.Stem(pair.Name));
    }

    /// <summary>JavaScript's "." stops at these; lunr only ever stems tokens, which cannot contain them.</summary>
    private static bool HasLineTerminator(string s) => s.AsSpan().IndexOfAny("\n\r\u2028\u2029") >= 0;
}
