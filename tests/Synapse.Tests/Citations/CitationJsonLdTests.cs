using System.Text.Json;
using Synapse.Markdown.Citations;
using Synapse.Tests.Bibliography;

namespace Synapse.Tests.Citations;

public sealed class CitationJsonLdTests
{
    private static JsonElement JsonFor(string markdown)
    {
        var bibliography = Fixtures.Load();
        var (_, cites) = Articles.Render(markdown, bibliography);
        return JsonSerializer.SerializeToElement(CitationJsonLd.For(cites, bibliography));
    }

    [Fact]
    public void Journal_article_becomes_a_scholarly_article_with_periodical_doi_and_pmid()
    {
        var article = JsonFor("[@rose2002]")[0];
        Assert.Equal("ScholarlyArticle", article.GetProperty("@type").GetString());
        Assert.StartsWith("Regulation of interstitial", article.GetProperty("name").GetString());
        Assert.Equal(7, article.GetProperty("author").GetArrayLength());
        Assert.Equal("Rose", article.GetProperty("author")[0].GetProperty("familyName").GetString());
        Assert.Equal("Marie E. Rose", article.GetProperty("author")[0].GetProperty("name").GetString());
        Assert.Equal("2002-06-07", article.GetProperty("datePublished").GetString());
        Assert.Equal("Brain Research", article.GetProperty("isPartOf").GetProperty("name").GetString());
        Assert.Equal("Periodical", article.GetProperty("isPartOf").GetProperty("@type").GetString());
        Assert.Equal("https://doi.org/10.1016/s0006-8993(02)02445-9", article.GetProperty("sameAs").GetString());
        var ids = article.GetProperty("identifier").EnumerateArray().Select(i => $"{i.GetProperty("propertyID")}={i.GetProperty("value")}");
        Assert.Equal(["DOI=10.1016/s0006-8993(02)02445-9", "PMID=12062471"], ids);
    }

    [Fact]
    public void Objects_follow_reference_numbers_and_cover_each_type()
    {
        var json = JsonFor("[@murray2002; @meltzer2002; @who2017; @nimh-depression; @fda-spravato-2019; @nobody]");
        Assert.Equal(["Book", "Chapter", "Report", "WebPage", "CreativeWork"],
            json.EnumerateArray().Select(e => e.GetProperty("@type").GetString()));
        Assert.Equal("The genetic basis of human cancer", json[1].GetProperty("isPartOf").GetProperty("name").GetString());
        Assert.Equal("https://www.nimh.nih.gov/health/topics/depression", json[3].GetProperty("url").GetString());
        Assert.Equal("Organization", json[4].GetProperty("author").GetProperty("@type").GetString());
        Assert.False(json[0].TryGetProperty("url", out _));
    }
}
