using Synapse.Search;

namespace Synapse.Tests.Search.Site;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("children’s services", "children services")]
    [InlineData("PEOPLE'S", "PEOPLE")]
    [InlineData("don't", "don't")]
    [InlineData("blood–brain barrier — gut", "blood brain barrier   gut")]
    [InlineData("5‑HT", "5-HT")]
    public void Normalizes_like_search_js(string text, string normalized) => Assert.Equal(normalized, SearchText.Normalize(text));

    [Fact]
    public void Hyphenated_words_also_get_their_joined_form()
    {
        Assert.Equal("Serotonin (5-HT) and GABA-A, 5-ht.\n5HT GABAA", SearchText.ForIndex("Serotonin (5-HT) and GABA-A, 5-ht."));
        Assert.Equal("no hyphens here", SearchText.ForIndex("no hyphens here"));
        Assert.Equal("", SearchText.ForIndex(null));
    }

    [Fact]
    public void Excerpt_collapses_whitespace_and_cuts_at_a_word()
    {
        Assert.Equal("Key points: depression is common.", SearchExcerpt.From("Key points:\n\n  depression is common.", 100));
        Assert.Equal("one two…", SearchExcerpt.From("one two three", 10));
    }
}
