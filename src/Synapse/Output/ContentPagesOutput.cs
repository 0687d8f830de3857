using Synapse.Diagnostics;
using Synapse.Site;

namespace Synapse.Output;

/// <summary>Every Markdown page (article, section intro or stand-alone page) through its layout, in parallel.</summary>
internal sealed class ContentPagesOutput : IOutput
{
    public string Name => "pages";

    public IEnumerable<OutputFile> Produce(OutputContext context)
    {
        var pages = context.Site.Pages;
        var files = new OutputFile[pages.Count];
        Parallel.For(0, pages.Count, i =>
        {
            var page = Render(pages[i], context);
            files[i] = OutputFile.ForPage(page, SourceLocation.FileOnly(pages[i].Page.Source.File.Path));
        });
        return files;
    }

    public static PageOutput Render(RenderedPage page, OutputContext context)
    {
        var p = page.Page;
        var site = context.Site;
        var layout = p.Meta.Layout ?? (p.IsArticle ? "article" : p.IsSectionIndex ? "section" : p.Url.Length == 0 ? "home" : "page");
        var jsonLd = p.IsArticle ? JsonLd.Article(p, site.Settings, Markdown.Citations.CitationJsonLd.For(page.Content.Citations, site.Bibliography))
                                 : JsonLd.WebPage("WebPage", p.Meta.Title, p.Meta.Summary, p.Url, site.Settings);
        var view = context.Views.Article(page, page.Content.Html, jsonLd);
        if (p.IsSectionIndex || layout is "home")
            view = GeneratedPages.WithSectionCards(view, p.Section, context.Views, site);
        var html = context.Layouts.Render(layout, context.SiteView, view, p.Meta.LocationOf("layout", p.Source.File.Path), context.Diagnostics);
        return new PageOutput(p.Url, html, p.Source.File.Path, p.Meta.IncludeInSitemap, p.Meta.Updated ?? p.Meta.Reviewed);
    }
}
