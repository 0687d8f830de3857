using Synapse.Site;

namespace Synapse.Tests.Site;

/// <summary>
/// <see cref="RelatedArticles{T}"/> (inverted index over tag lists) gives exactly what the pairwise comparison of every
/// article with every other gave: most shared tags first, ties by URL, the article itself and the excluded ones left out.
/// </summary>
public sealed class RelatedArticlesTests
{
    private sealed record Article(string Url, string[] Tags);

    /// <summary>The former implementation: every other article scored against this one.</summary>
    private static List<Article> Pairwise(IReadOnlyList<Article> all, Article article, List<Article> excluded, int count)
    {
        var tags = article.Tags.ToHashSet(StringComparer.Ordinal);
        return all.Where(p => p != article && !excluded.Contains(p))
            .Select(p => (Page: p, Shared: p.Tags.Count(tags.Contains)))
            .Where(x => x.Shared > 0)
            .OrderByDescending(x => x.Shared).ThenBy(x => x.Page.Url, StringComparer.Ordinal)
            .Take(count).Select(x => x.Page).ToList();
    }

    [Fact]
    public void Matches_the_pairwise_comparison_on_random_tag_sets()
    {
        var random = new Random(20261201);
        string[] vocabulary = ["mood", "sleep", "anxiety", "depression", "medication", "lifestyle", "research", "brain", "therapy", "nutrition", "rare-1", "rare-2"];
        var articles = Enumerable.Range(0, 600).Select(i => new Article(
            $"s{random.Next(4)}/a-{random.Next(100000):D5}-{i}/",
            Enumerable.Range(0, random.Next(6)).Select(_ => vocabulary[(int)Math.Min(vocabulary.Length - 1, random.NextDouble() * random.NextDouble() * vocabulary.Length)]).ToArray()))
            .ToList(); // 0–5 tags, skewed to the first ones, duplicates allowed (a tag listed twice counts twice)
        var related = new RelatedArticles<Article>(articles, a => a.Tags, a => a.Url);
        int compared = 0, nonEmpty = 0;
        foreach (var article in articles)
        {
            var excluded = articles.Where(_ => random.Next(50) == 0).ToList();
            foreach (int count in new[] { 1, 2, 4, 9 })
            {
                var expected = Pairwise(articles, article, excluded, count);
                Assert.Equal(expected, related.Top(article, excluded, count));
                compared++;
                if (expected.Count > 0) nonEmpty++;
            }
        }
        Assert.True(nonEmpty > compared / 2, $"only {nonEmpty} of {compared} comparisons had related articles");
    }

    [Fact]
    public void Untagged_articles_have_no_related_articles_and_are_nobody_s()
    {
        Article lone = new("a/lone/", []), tagged = new("a/tagged/", ["sleep"]), other = new("a/other/", ["sleep", "sleep"]);
        var related = new RelatedArticles<Article>([lone, tagged, other], a => a.Tags, a => a.Url);
        Assert.Empty(related.Top(lone, [], 4));
        Assert.Equal([other], related.Top(tagged, [], 4));
        Assert.Equal([tagged], related.Top(other, [], 4));
        Assert.Empty(related.Top(tagged, [other], 4));
        Assert.Empty(related.Top(tagged, [], 0));
    }
}
