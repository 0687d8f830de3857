using Synapse.Diagnostics;
using Synapse.Layouts;
using Synapse.Site;

namespace Synapse.Output;

/// <summary>Renders one Markdown page (article, section intro or stand-alone page) through its layout.</summary>
internal static class ContentPageWriter
{
    public static PageOutput Write(RenderedPage page, SiteModel site, LayoutEngine layouts, ViewFactory views, SiteView siteView, DiagnosticBag bag)
    {
        var p = page.Page;
        var layout = p.Meta.Layout ?? (p.IsArticle ? "article" : p.IsSectionIndex ? "section" : p.Url.Length == 0 ? "home" : "page");
        var jsonLd = p.IsArticle ? JsonLd.Article(p, site.Settings, Markdown.Citations.CitationJsonLd.For(page.Content.Citations, site.Bibliography))
                                 : JsonLd.WebPage("WebPage", p.Meta.Title, p.Meta.Summary, p.Url, site.Settings);
        var view = views.Article(page, page.Content.Html, jsonLd);
        if (p.IsSectionIndex || layout is "home")
            view = GeneratedPages.WithSectionCards(view, p.Section, views, site);
        var html = layouts.Render(layout, siteView, view, p.Meta.LocationOf("layout", p.Source.File.Path), bag);
        return new PageOutput(p.Url, html, p.Source.File.Path, p.Meta.IncludeInSitemap, p.Meta.Updated ?? p.Meta.Reviewed);
    }
}
