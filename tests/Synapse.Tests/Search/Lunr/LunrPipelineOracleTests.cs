using System.Globalization;
using System.Text;
using Synapse.Search.Lunr;
using Synapse.Tests.Search.Oracle;

namespace Synapse.Tests.Search.Lunr;

/// <summary>Tokenizer, trimmer, stop-word filter and stemmer together, against lunr.js.</summary>
public sealed class LunrPipelineOracleTests
{
    [Fact]
    public void Edge_cases_and_generated_words_tokenize_and_index_like_lunr()
    {
        var words = TestWords.EdgeCases.Concat(TestWords.Generated(3000, seed: 3)).ToList();
        AssertSameAsLunr(words);
    }

    [Fact]
    public void Every_utf16_code_unit_splits_lowercases_and_trims_like_lunr()
    {
        // First token: the unit inside a word (separator? lowercased?); second: at both edges (trimmed?).
        // Characters newer than .NET's Unicode tables are left out (see JsLowerCase).
        var words = Enumerable.Range(0, 0x10000).Select(u => (char)u)
            .Where(c => char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.OtherNotAssigned)
            .Select(c => $"A{c}b {c}x{c}").ToList();
        AssertSameAsLunr(words);
    }

    [Theory]
    [InlineData("5-HT", new[] { "5", "ht" })]
    [InlineData("GABA-A receptors", new[] { "gaba", "a", "receptors" })]
    [InlineData("call 988\u00A0now", new[] { "call", "988", "now" })]
    [InlineData("a\u0085b\uFEFFc", new[] { "a\u0085b", "c" })]
    public void Tokenizer_splits_on_javascript_whitespace_and_hyphens(string text, string[] tokens) =>
        Assert.Equal(tokens, LunrTokenizer.Tokenize(text));

    [Theory]
    [InlineData("“Café”", "caf")]
    [InlineData("(don't)", "don't")]
    [InlineData("…", "")]
    public void Trimmer_strips_ascii_non_word_characters(string token, string trimmed) =>
        Assert.Equal(trimmed, LunrTrimmer.Trim(token.ToLowerInvariant()).ToString());

    private static void AssertSameAsLunr(List<string> words)
    {
        string expected = LunrOracle.Run(OracleRequest.Words("pipeline", words));
        var sb = new StringBuilder("[");
        for (int i = 0; i < words.Count; i++)
        {
            if (i > 0) sb.Append(',');
            var tokens = LunrTokenizer.Tokenize(words[i]);
            var terms = tokens.Select(t => LunrPipeline.Run(t)).OfType<string>();
            sb.Append('[').Append(OracleRequest.StringArray(tokens)).Append(',').Append(OracleRequest.StringArray(terms)).Append(']');
        }
        SameText.Assert(expected, sb.Append(']').ToString(), "tokenizer + pipeline");
    }
}
