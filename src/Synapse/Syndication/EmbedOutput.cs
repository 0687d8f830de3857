using Synapse.Diagnostics;
using Synapse.Layouts;
using Synapse.Output;
using Synapse.Site;

namespace Synapse.Syndication;

/// <summary>
/// The embed view of every article, <c>/embed/&lt;section&gt;/&lt;slug&gt;/</c>: the article without site navigation, with
/// attribution, review dates, licence and the urgent-help line, for clinics to show in an iframe. Options arrive in the
/// query string and are applied by <c>assets/embed-frame.js</c>; the page itself is the same for every option.
/// </summary>
internal static class EmbedOutput
{
    public const string Layout = "embed";

    public static IEnumerable<OutputFile> Produce(SiteModel site, LayoutEngine layouts, ViewFactory views, SiteView siteView, DiagnosticBag bag)
    {
        if (!layouts.Has(Layout))
        {
            bag.Error("layout/missing", SourceLocation.FileOnly($"theme/layouts/{Layout}.liquid"), "The embed layout embed.liquid is missing.", $"Restore theme/layouts/{Layout}.liquid.");
            yield break;
        }
        foreach (var article in site.Articles.OrderBy(a => a.Page.Url, StringComparer.Ordinal))
        {
            var view = View(article, site, views, siteView);
            var html = layouts.RenderDocument(Layout, siteView, "embed", view, SourceLocation.FileOnly($"theme/layouts/{Layout}.liquid"), bag);
            yield return new OutputFile(Syndication.EmbedPath(article.Page) + "index.html", html);
        }
    }

    public static EmbedView View(RenderedPage article, SiteModel site, ViewFactory views, SiteView siteView)
    {
        var s = site.Settings;
        var page = views.Article(article, "", "");
        var parts = ArticleParts.From(article.Content.Html, Syndication.AbsoluteLinks(page.Canonical, newTab: true));
        return new EmbedView
        {
            Id = Syndication.Id(article.Page),
            Page = page,
            SiteUrl = s.AbsoluteUrl(""),
            HelpUrl = s.AbsoluteUrl("help/"),
            KeyPointsHtml = parts.KeyPointsSection is { } kp ? kp.HeadingHtml + "\n" + kp.Html : "",
            BodyHtml = ArticleParts.Join(parts.BodySections),
            ReferencesHtml = parts.ReferencesHtml,
            Crisis = article.Page.Meta.Crisis,
            Help = views.CrisisCountries(),
            Attribution = Syndication.AttributionText(s),
            CssHref = s.Url("assets/embed.css"),
            JsHref = s.Url("assets/embed-frame.js"),
        };
    }
}
