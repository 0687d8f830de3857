using Synapse.Configuration;
using Synapse.Content;

namespace Synapse.Site;

/// <summary>A page with its rendered Markdown: the unit the whole-site phases (layouts, outputs, checks) work on.</summary>
internal sealed record RenderedPage(Page Page, RenderedContent Content);

/// <summary>Everything known about the site after the process phase: pages by section, tags, related pages, data files.</summary>
internal sealed class SiteModel
{
    public required SiteSettings Settings { get; init; }
    public required IReadOnlyList<RenderedPage> Pages { get; init; }
    public required IReadOnlyList<GlossaryEntry> Glossary { get; init; }
    public required Bibliography.SiteBibliography Bibliography { get; init; }
    public required DateOnly Today { get; init; }

    public IEnumerable<RenderedPage> Articles => Pages.Where(p => p.Page.IsArticle);

    public IReadOnlyList<RenderedPage> ArticlesIn(string section) =>
        Articles.Where(p => p.Page.Section == section)
                .OrderBy(p => p.Page.Meta.Order).ThenBy(p => p.Page.Meta.Title, StringComparer.OrdinalIgnoreCase).ToList();

    public IReadOnlyDictionary<string, List<RenderedPage>> Tags =>
        _tags ??= Articles.SelectMany(p => p.Page.Meta.Tags.Select(t => (Tag: t, Page: p)))
            .GroupBy(x => x.Tag, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Page).OrderBy(p => p.Page.Meta.Title, StringComparer.OrdinalIgnoreCase).ToList());
    private IReadOnlyDictionary<string, List<RenderedPage>>? _tags;

    public RenderedPage? ById(string id)
    {
        _byId ??= Pages.GroupBy(p => p.Page.Id, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        return _byId.GetValueOrDefault(id);
    }
    private Dictionary<string, RenderedPage>? _byId;

    /// <summary>Related articles: those named in front matter first, then others sharing the most tags (ties by URL).</summary>
    /// <summary>Related articles by page and count: the article page and its embed view both show them.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<RenderedPage, IReadOnlyList<RenderedPage>> _relatedCache = new(ReferenceEqualityComparer.Instance);

    public IReadOnlyList<RenderedPage> RelatedTo(RenderedPage page, int max = 4) =>
        max == 4 ? _relatedCache.GetOrAdd(page, p => FindRelated(p, 4)) : FindRelated(page, max);

    private List<RenderedPage> FindRelated(RenderedPage page, int max)
    {
        var chosen = page.Page.Meta.Related.Select(id => ById(id)).OfType<RenderedPage>().Where(p => p != page).ToList();
        if (chosen.Count < max)
        {
            var byTags = LazyInitializer.EnsureInitialized(ref _related,
                () => new RelatedArticles<RenderedPage>(Articles, p => p.Page.Meta.Tags, p => p.Page.Url));
            chosen.AddRange(byTags.Top(page, chosen, max - chosen.Count));
        }
        return chosen.Take(Math.Max(max, page.Page.Meta.Related.Count)).ToList();
    }
    private RelatedArticles<RenderedPage>? _related;
}
