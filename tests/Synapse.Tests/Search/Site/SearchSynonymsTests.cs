using Synapse.Diagnostics;
using Synapse.Search;

namespace Synapse.Tests.Search.Site;

public sealed class SearchSynonymsTests
{
    [Fact]
    public void Compiles_keys_as_stemmed_query_words_and_values_as_index_terms()
    {
        var diagnostics = new DiagnosticBag();
        var synonyms = SearchSynonyms.Parse("""
            5-HT: [serotonin]
            SSRIs: [selective serotonin reuptake inhibitor, antidepressants]
            noradrenaline: norepinephrine
            """, "synonyms.yaml", diagnostics);
        Assert.Empty(diagnostics.Sorted());
        var map = SearchSynonymMap.Compile(synonyms);
        Assert.Equal([["serotonin"]], map["5 ht"]);
        Assert.Equal([["serotonin"]], map["5ht"]);
        Assert.Equal([["select", "serotonin", "reuptak", "inhibitor"], ["antidepress"]], map["ssri"]);
        Assert.Equal([["norepinephrin"]], map["noradrenalin"]);
    }

    [Theory]
    [InlineData("[not, a, mapping]", 1)]
    [InlineData("ssri: [a, b\nbad: : :", 1)]
    [InlineData("ok: [fine]\n- item", 2)]
    [InlineData("ssri:\nok: [fine]", 1)]
    public void Problems_are_reported_with_their_line(string yaml, int line)
    {
        var diagnostics = new DiagnosticBag();
        SearchSynonyms.Parse(yaml, "input/_data/synonyms.yaml", diagnostics);
        var problem = Assert.Single(diagnostics.Sorted());
        Assert.Equal(SearchSynonyms.Rule, problem.Rule);
        Assert.Equal(line, problem.Location.Line);
        Assert.Equal("input/_data/synonyms.yaml", problem.Location.File);
    }

    [Fact]
    public void The_sites_synonyms_file_is_valid_and_every_expansion_is_searchable()
    {
        var synonyms = TestSite.Synonyms();
        Assert.True(synonyms.Entries.Count > 50);
        foreach (var (term, expansions) in synonyms.Entries)
        {
            Assert.NotEmpty(SearchSynonymMap.Keys(term));
            foreach (string expansion in expansions) Assert.NotEmpty(SearchSynonymMap.IndexTerms(expansion));
        }
    }

    [Fact]
    public void A_missing_file_means_no_synonyms()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Empty(SearchSynonyms.Load("/nonexistent/synonyms.yaml", "input/_data/synonyms.yaml", diagnostics).Entries);
        Assert.Empty(diagnostics.Sorted());
    }
}
