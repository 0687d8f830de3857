using System.Text.Json;
using Synapse.Html;
using Synapse.Layouts;
using Synapse.Site;

namespace Synapse.Output.Syndication;

/// <summary>
/// The content API: <c>/api/articles.json</c> (every article, for listing), <c>/api/articles/&lt;section&gt;/&lt;slug&gt;.json</c>
/// (one article: sections as HTML and plain text, key points, CSL-JSON references, review dates, licence, attribution)
/// and <c>/api/schema.json</c> describing both. Links inside the HTML are absolute, so a copy works on any site.
/// </summary>
internal sealed class ContentApiOutput : IOutput
{
    public string Name => "content-api";

    public bool ReadsOnlySiteModel => true;

    public const int Version = 1;
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public IEnumerable<OutputFile> Produce(OutputContext context)
    {
        var site = context.Site;
        var articles = site.Articles.OrderBy(a => a.Page.Url, StringComparer.Ordinal).ToList();
        yield return new OutputFile(SyndicationPaths.ApiIndex, Serialize(Index(articles, site)));
        var files = new OutputFile[articles.Count];
        Parallel.For(0, articles.Count, i => files[i] = new OutputFile(SyndicationPaths.Api(articles[i].Page), Serialize(Article(articles[i], site)))
            { Source = Diagnostics.SourceLocation.FileOnly(articles[i].Page.Source.File.Path) });
        foreach (var file in files) yield return file;
        yield return new OutputFile(SyndicationPaths.ApiSchema, ApiSchema.Text(site.Settings));
    }

    private static string Serialize(object data) => PlainJson.Serialize(data, Json) + "\n";

    private static Dictionary<string, object?> Envelope(SiteModel site)
    {
        var s = site.Settings;
        return new()
        {
            ["$schema"] = s.AbsoluteUrl(SyndicationPaths.ApiSchema),
            ["version"] = Version,
            ["generated"] = ViewFactory.Iso(site.Today),
            ["refresh"] = new Dictionary<string, object> { ["maxAgeDays"] = SyndicationRules.RefreshDays, ["rule"] = SyndicationRules.RefreshRule },
            ["license"] = new Dictionary<string, object> { ["name"] = s.ContentLicense, ["url"] = s.ContentLicenseUrl, ["summary"] = SyndicationRules.LicenseSummary(s) },
        };
    }

    public static Dictionary<string, object?> Index(IReadOnlyList<RenderedPage> articles, SiteModel site)
    {
        var data = Envelope(site);
        data["articles"] = articles.Select(a => Summary(a, site)).ToList();
        return data;
    }

    private static Dictionary<string, object?> Summary(RenderedPage a, SiteModel site)
    {
        var s = site.Settings;
        var m = a.Page.Meta;
        return new()
        {
            ["id"] = SyndicationPaths.Id(a.Page),
            ["title"] = m.Title,
            ["summary"] = m.Summary,
            ["section"] = a.Page.Section,
            ["url"] = s.AbsoluteUrl(a.Page.Url),
            ["api"] = s.AbsoluteUrl(SyndicationPaths.Api(a.Page)),
            ["embed"] = s.AbsoluteUrl(SyndicationPaths.Embed(a.Page)),
            ["reviewed"] = ViewFactory.Iso(m.Reviewed),
            ["nextReview"] = ViewFactory.Iso(m.NextReview),
            ["evidence"] = m.Evidence == Content.EvidenceLevel.None ? null : m.Evidence.ToString().ToLowerInvariant(),
            ["tags"] = m.Tags,
            ["crisis"] = m.Crisis,
        };
    }

    public static Dictionary<string, object?> Article(RenderedPage a, SiteModel site)
    {
        var s = site.Settings;
        var m = a.Page.Meta;
        var canonical = s.AbsoluteUrl(a.Page.Url);
        var parts = ArticleParts.WithAbsoluteLinks(a.Content.Html, canonical);
        var data = Envelope(site);
        foreach (var (key, value) in Summary(a, site)) data[key] = value;
        data["oembed"] = s.AbsoluteUrl(SyndicationPaths.Oembed(a.Page));
        data["evidenceLabel"] = ViewFactory.EvidenceLabel(m.Evidence) is { Length: > 0 } label ? label : null;
        data["authors"] = m.Authors;
        data["reviewer"] = m.Reviewer;
        data["keyPoints"] = parts.KeyPoints;
        data["sections"] = parts.Sections.Select(x => new Dictionary<string, object?> { ["id"] = x.Id, ["headline"] = x.Headline, ["html"] = x.Html, ["text"] = x.Text }).ToList();
        data["references"] = a.Content.Citations.Keys
            .Select(key => site.Bibliography.TryGet(key, out var r) ? CslJson.Item(r) : null).OfType<Dictionary<string, object>>().ToList();
        data["attribution"] = new Dictionary<string, object>
        {
            ["text"] = SyndicationRules.AttributionText(s),
            ["url"] = canonical,
            ["html"] = $"{HtmlText.Escape(SyndicationRules.AttributionText(s))}: <a href=\"{HtmlText.Escape(canonical)}\">{HtmlText.Escape(m.Title)}</a>",
        };
        data["help"] = new Dictionary<string, object>
        {
            ["url"] = s.AbsoluteUrl("help/"),
            ["services"] = s.Crisis.Countries.SelectMany(c => c.Services.Select(x => new Dictionary<string, object?>
                { ["country"] = c.Code, ["name"] = x.Name, ["contact"] = x.Contact, ["url"] = x.Url })).ToList(),
        };
        return data;
    }
}
