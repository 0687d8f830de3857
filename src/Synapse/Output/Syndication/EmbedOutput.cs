using Synapse.Diagnostics;
using Synapse.Layouts;
using Synapse.Site;

namespace Synapse.Output.Syndication;

/// <summary>
/// The embed view of every article, <c>/embed/&lt;section&gt;/&lt;slug&gt;/</c>: the article without site navigation, with
/// attribution, review dates, licence and the urgent-help line, for clinics to show in an iframe. Options arrive in the
/// query string and are applied by <c>assets/embed-frame.js</c>; the page itself is the same for every option.
/// </summary>
internal sealed class EmbedOutput : IOutput
{
    public string Name => "embed-views";

    public bool ReadsOnlySiteModel => true;

    public const string Layout = "embed";

    public IEnumerable<OutputFile> Produce(OutputContext context)
    {
        var (site, layouts, views, siteView, bag) = (context.Site, context.Layouts, context.Views, context.SiteView, context.Diagnostics);
        if (!layouts.Has(Layout))
        {
            bag.Error("layout/missing", SourceLocation.FileOnly($"theme/layouts/{Layout}.liquid"), "The embed layout embed.liquid is missing.", $"Restore theme/layouts/{Layout}.liquid.");
            yield break;
        }
        var articles = site.Articles.OrderBy(a => a.Page.Url, StringComparer.Ordinal).ToList();
        var files = new OutputFile[articles.Count];
        // Each view takes the article's HTML apart and renders a layout: independent work, done in parallel, kept in order.
        Parallel.For(0, articles.Count, i =>
        {
            var article = articles[i];
            var view = View(article, site, views, siteView);
            var html = layouts.RenderDocument(Layout, siteView, "embed", view, SourceLocation.FileOnly($"theme/layouts/{Layout}.liquid"), bag);
            files[i] = new OutputFile(SyndicationPaths.Embed(article.Page) + "index.html", html) { Source = SourceLocation.FileOnly(article.Page.Source.File.Path) };
        });
        foreach (var file in files) yield return file;
    }

    public static EmbedView View(RenderedPage article, SiteModel site, ViewFactory views, SiteView siteView)
    {
        var s = site.Settings;
        var page = views.Article(article, "", "");
        var parts = ArticleParts.WithAbsoluteLinks(article.Content.Html, page.Canonical).OpeningLinksInNewTab();
        return new EmbedView
        {
            Id = SyndicationPaths.Id(article.Page),
            Page = page,
            SiteUrl = s.AbsoluteUrl(""),
            HelpUrl = s.AbsoluteUrl("help/"),
            KeyPointsHtml = parts.KeyPointsSection is { } kp ? kp.HeadingHtml + "\n" + kp.Html : "",
            BodyHtml = ArticleParts.Join(parts.BodySections),
            ReferencesHtml = parts.ReferencesHtml,
            Crisis = article.Page.Meta.Crisis,
            Help = views.CrisisCountries(),
            Attribution = SyndicationRules.AttributionText(s),
            CssHref = s.Url("assets/embed.css"),
            JsHref = s.Url("assets/embed-frame.js"),
        };
    }
}
