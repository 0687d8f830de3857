using System.Globalization;
using Synapse.Configuration;
using Synapse.Content;
using Synapse.Site;

namespace Synapse.Layouts;

/// <summary>Turns site and page records into the view models that Liquid layouts see.</summary>
internal sealed class ViewFactory(SiteModel site, IReadOnlyDictionary<string, string> xrefs)
{
    private SiteSettings Settings => site.Settings;

    public static string Date(DateOnly? d) => d?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "";
    public static string Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static string EvidenceLabel(EvidenceLevel level) => level switch
    {
        EvidenceLevel.Established => "Established evidence",
        EvidenceLevel.Moderate => "Moderate evidence",
        EvidenceLevel.Emerging => "Emerging evidence",
        EvidenceLevel.Investigational => "Investigational",
        _ => "",
    };

    public SiteView Site() => new()
    {
        Title = Settings.Title,
        Description = Settings.Description,
        Language = Settings.Language,
        BasePath = Settings.BasePath,
        BaseUrl = Settings.BaseUrl,
        Publisher = Settings.Publisher,
        ContactEmail = Settings.ContactEmail,
        License = Settings.ContentLicense,
        LicenseUrl = Settings.ContentLicenseUrl,
        Sections = Settings.Sections.Select(s => Section(s, withPages: false)).ToList(),
        CssHref = Settings.Url("assets/site.css"),
        JsHref = Settings.Url("assets/site.js"),
        Year = site.Today.Year,
    };

    public SectionView Section(SectionSettings s, bool withPages) => new()
    {
        Id = s.Id,
        Title = s.Title,
        Description = s.Description,
        Url = Settings.Url(s.Id + "/"),
        Pages = withPages ? site.ArticlesIn(s.Id).Select(Card).ToList() : [],
    };

    public CardView Card(RenderedPage p) => new()
    {
        Title = p.Page.Meta.Title,
        Url = Settings.Url(p.Page.Url),
        Summary = p.Page.Meta.Summary,
        SectionTitle = Settings.Sections.FirstOrDefault(s => s.Id == p.Page.Section)?.Title ?? "",
        Reviewed = Date(p.Page.Meta.Reviewed),
        ReviewedIso = Iso(p.Page.Meta.Reviewed),
        Evidence = p.Page.Meta.Evidence == EvidenceLevel.None ? "" : p.Page.Meta.Evidence.ToString().ToLowerInvariant(),
        EvidenceLabel = EvidenceLabel(p.Page.Meta.Evidence),
    };

    public LinkView TagLink(string tag, int count = 0) => new() { Text = tag, Url = Settings.Url($"tags/{Slug.From(tag)}/"), Count = count };

    public PageView Article(RenderedPage p, string contentHtml, string jsonLd)
    {
        var m = p.Page.Meta;
        var section = Settings.Sections.FirstOrDefault(s => s.Id == p.Page.Section);
        var evidence = m.Evidence == EvidenceLevel.None ? "" : m.Evidence.ToString().ToLowerInvariant();
        return new PageView
        {
            Title = m.Title,
            Summary = m.Summary,
            Url = Settings.Url(p.Page.Url),
            Canonical = Settings.AbsoluteUrl(p.Page.Url),
            Kind = p.Page.IsArticle ? "article" : "page",
            Content = contentHtml,
            SectionId = section?.Id ?? "",
            SectionTitle = section?.Title ?? "",
            SectionUrl = section is null ? "" : Settings.Url(section.Id + "/"),
            Tags = m.Tags.Select(t => TagLink(t)).ToList(),
            Toc = TocTree(p.Content.Toc),
            Related = p.Page.IsArticle ? site.RelatedTo(p).Select(Card).ToList() : [],
            Authors = string.Join(", ", m.Authors),
            Reviewer = m.Reviewer,
            Reviewed = Date(m.Reviewed),
            ReviewedIso = Iso(m.Reviewed),
            NextReview = Date(m.NextReview),
            NextReviewIso = Iso(m.NextReview),
            Evidence = evidence,
            EvidenceLabel = EvidenceLabel(m.Evidence),
            EvidenceUrl = evidence.Length > 0 && xrefs.TryGetValue("evidence-levels", out var levels) ? Settings.Url(levels) + "#" + evidence : "",
            ShowCrisisCard = m.Crisis,
            Crisis = m.Crisis ? CrisisCountries() : [],
            JsonLd = jsonLd,
            OgType = p.Page.IsArticle ? "article" : "website",
            JsonUrl = p.Page.IsArticle ? Settings.Url(SyndicationPaths.Api(p.Page)) : "",
            EmbedUrl = p.Page.IsArticle ? Settings.Url(SyndicationPaths.Embed(p.Page)) : "",
            OembedUrl = p.Page.IsArticle ? Settings.AbsoluteUrl(SyndicationPaths.Oembed(p.Page)) : "",
            EmbedId = p.Page.IsArticle ? SyndicationPaths.Id(p.Page) : "",
            EmbedSnippet = p.Page.IsArticle ? SyndicationPaths.Snippet(p.Page, Settings) : "",
            EditUrl = p.Page.IsArticle && Settings.Repository is { } repo ? repo.EditUrl(p.Page.Source.File.Path) : "",
            SuggestUrl = p.Page.IsArticle && Settings.Repository is { } r ? r.SuggestUrl(m.Title, Settings.AbsoluteUrl(p.Page.Url), p.Page.Source.File.Path) : "",
        };
    }

    public PageView Generated(string url, string title, string summary, string content = "", IReadOnlyList<CardView>? cards = null,
        IReadOnlyList<SectionView>? sections = null, bool crisis = false, string jsonLd = "", bool noindex = false, IReadOnlyList<LinkView>? tags = null) => new()
    {
        Title = title,
        Summary = summary,
        Url = Settings.Url(url),
        Canonical = Settings.AbsoluteUrl(url),
        Kind = "generated",
        Content = content,
        Cards = cards ?? [],
        Sections = sections ?? [],
        Crisis = crisis ? CrisisCountries() : [],
        Reviewed = crisis ? Date(Settings.Crisis.Reviewed) : "",
        ReviewedIso = crisis ? Iso(Settings.Crisis.Reviewed) : "",
        NextReview = crisis ? Date(Settings.Crisis.NextReview) : "",
        NextReviewIso = crisis ? Iso(Settings.Crisis.NextReview) : "",
        JsonLd = jsonLd,
        Noindex = noindex,
        Tags = tags ?? [],
    };

    public IReadOnlyList<CrisisCountryView> CrisisCountries() =>
        Settings.Crisis.Countries.Select(c => new CrisisCountryView
        {
            Code = c.Code,
            Name = c.Name,
            Reviewed = Date(Settings.Crisis.Reviewed),
            NextReview = Date(Settings.Crisis.NextReview),
            Services = c.Services.Select(s => new CrisisServiceView { Name = s.Name, Contact = s.Contact, Description = s.Description, Url = s.Url ?? "" }).ToList(),
        }).ToList();

    /// <summary>Level-2 headings with the level-3 headings under each as children, so only top-level entries are numbered.</summary>
    public static IReadOnlyList<LinkView> TocTree(IReadOnlyList<TocEntry> entries)
    {
        var top = new List<LinkView>();
        var children = new List<LinkView>();
        void Close()
        {
            if (top.Count > 0 && children.Count > 0) top[^1] = top[^1] with { Children = children.ToList() };
            children.Clear();
        }
        foreach (var t in entries)
        {
            var link = new LinkView { Text = t.Text, Url = "#" + t.Id, Level = t.Level };
            if (t.Level > 2 && top.Count > 0) { children.Add(link); continue; }
            Close();
            top.Add(link);
        }
        Close();
        return top;
    }
}
