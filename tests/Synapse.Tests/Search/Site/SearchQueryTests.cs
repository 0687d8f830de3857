using System.Text.Json;
using Synapse.Search;
using Synapse.Tests.Search.Oracle;

namespace Synapse.Tests.Search.Site;

/// <summary>
/// The browser's query code (theme/assets/search.js, run by Node with lunr.js) against the files the C#
/// writer produces: proves the index and the query side tokenise alike.
/// </summary>
public sealed class SearchQueryTests : IClassFixture<SearchQueryTests.Results>
{
    private readonly Results _results;

    public SearchQueryTests(Results results) => _results = results;

    [Theory]
    [InlineData("5-HT", "neurotransmitters/serotonin/")]
    [InlineData("5ht", "neurotransmitters/serotonin/")]
    [InlineData("5-HT2A receptors", "neurotransmitters/serotonin/")]
    [InlineData("GABA-A", "neurotransmitters/gaba/")]
    [InlineData("gabaa", "neurotransmitters/gaba/")]
    [InlineData("serotnin", "neurotransmitters/serotonin/")] // one typo
    [InlineData("seroto", "neurotransmitters/serotonin/")] // prefix while typing
    [InlineData("depression", "conditions/depression/")]
    [InlineData("Depressed?", "conditions/depression/")]
    [InlineData("ketamine esketamine", "treatments/ketamine-esketamine/")]
    [InlineData("post-traumatic stress disorder", "conditions/ptsd/")]
    [InlineData("PTSD", "conditions/ptsd/")]
    [InlineData("noradrenaline", "neurotransmitters/norepinephrine/")] // synonym and literal
    [InlineData("cognitive behavioral therapy", "treatments/psychotherapy/")] // US spelling via synonyms
    [InlineData("CBT", "treatments/psychotherapy/")]
    [InlineData("children’s services", "treatments/psychotherapy/")]
    [InlineData("Samaritans 116 123", "guides/getting-help/")]
    public void Finds_the_page_first(string query, string url) => Assert.Equal(url, _results[query].Refs.FirstOrDefault());

    [Theory]
    [InlineData("988", "conditions/depression/", "guides/getting-help/")]
    [InlineData("noradrenaline", "neurotransmitters/norepinephrine/", "conditions/adhd/")]
    [InlineData("SSRIs", "neurotransmitters/serotonin/", "conditions/depression/", "conditions/ptsd/")]
    [InlineData("suicide", "conditions/depression/", "guides/getting-help/")]
    public void Finds_all_the_pages(string query, params string[] urls) => Assert.Subset(_results[query].Refs.ToHashSet(), urls.ToHashSet());

    [Fact]
    public void Pages_must_match_every_word_when_some_do()
    {
        Assert.Equal(["treatments/ketamine-esketamine/"], _results["ketamine nmda"].Refs);
        Assert.False(_results["ketamine nmda"].Partial);
        Assert.True(_results["ketamine vasopressin"].Partial);
    }

    [Fact]
    public void Stop_words_alone_find_nothing_and_unknown_words_get_suggestions()
    {
        Assert.Empty(_results["the "].Refs);
        Assert.Empty(_results["xyzzyq"].Refs);
        Assert.Empty(_results["deprssion"].Refs.Take(0));
        Assert.Contains("depression", _results["deprssion"].Suggestions);
    }

    [Fact]
    public void Matched_words_are_marked_in_titles_and_summaries()
    {
        Assert.Equal("<mark>Serotonin</mark> (<mark>5</mark>-<mark>HT</mark>)", _results["5-HT"].Title); // synonym too
        Assert.Contains("<mark>depression</mark>", _results["depression"].Summary);
        Assert.Equal("<mark>GABA</mark>", _results["GABA"].Title);
    }

    public sealed record Result(string[] Refs, bool Partial, string Title, string Summary, string[] Suggestions);

    /// <summary>Builds the site's search files once and runs every query of this class through Node.</summary>
    public sealed class Results : IDisposable
    {
        private static readonly JsonSerializerOptions CaseInsensitive = new() { PropertyNameCaseInsensitive = true };

        private static readonly string[] Queries =
        [
            "5-HT", "5ht", "5-HT2A receptors", "GABA-A", "gabaa", "serotnin", "seroto", "depression", "Depressed?",
            "ketamine esketamine", "post-traumatic stress disorder", "PTSD", "noradrenaline", "cognitive behavioral therapy",
            "CBT", "children’s services", "Samaritans 116 123", "988", "SSRIs", "suicide", "ketamine nmda", "ketamine vasopressin",
            "the ", "xyzzyq", "deprssion", "deprssin", "GABA",
        ];

        private readonly string _dir = Path.Combine(Path.GetTempPath(), "synapse-search-queries-" + Guid.NewGuid().ToString("N"));
        private readonly Dictionary<string, Result> _results;

        public Results()
        {
            SearchIndexWriter.Write(_dir, SearchIndexWriter.Build(TestSite.Entries(), TestSite.Synonyms()));
            string json = LunrOracle.RunScript("search-queries.js", [_dir], OracleRequest.StringArray(Queries));
            _results = JsonSerializer.Deserialize<Dictionary<string, Result>>(json, CaseInsensitive)!;
        }

        public Result this[string query] => _results[query];

        public void Dispose() => Directory.Delete(_dir, recursive: true);
    }
}
