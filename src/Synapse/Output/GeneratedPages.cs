using System.Text;
using Synapse.Configuration;
using Synapse.Diagnostics;
using Synapse.Html;
using Synapse.Layouts;
using Synapse.Site;

namespace Synapse.Output;

/// <summary>What the outputs of pages made from site data share: xref ids, section cards, rendering through a theme layout.</summary>
internal static class GeneratedPages
{
    /// <summary>Ids that xref links may use for generated pages.</summary>
    public static IEnumerable<(string Id, string Url)> Ids(SiteSettings settings) =>
        new[] { ("home", ""), ("help", "help/"), ("glossary", "glossary/"), ("sources", "sources/"), ("search", "search/"), ("tags", "tags/") }
            .Concat(settings.Sections.Select(s => (s.Id, s.Id + "/")));

    public static PageView WithSectionCards(PageView view, string? section, ViewFactory views, SiteModel site)
    {
        var sections = site.Settings.Sections;
        return section is null
            ? view with { Sections = sections.Select(s => views.Section(s, withPages: true)).ToList(), Cards = RecentlyReviewed(site, views) }
            : view with { Cards = site.ArticlesIn(section).Select(views.Card).ToList() };
    }

    private static List<CardView> RecentlyReviewed(SiteModel site, ViewFactory views) =>
        site.Articles.OrderByDescending(p => p.Page.Meta.Reviewed).ThenBy(p => p.Page.Meta.Title, StringComparer.OrdinalIgnoreCase)
            .Take(6).Select(views.Card).ToList();

    /// <summary>A page rendered through theme layout <paramref name="layout"/>.</summary>
    public static OutputFile Make(OutputContext context, string url, string layout, PageView view, bool inSitemap = true, SourceLocation? source = null)
    {
        var html = context.Layouts.Render(layout, context.SiteView, view, SourceLocation.FileOnly($"theme/layouts/{layout}.liquid"), context.Diagnostics);
        return OutputFile.ForPage(new PageOutput(url, html, null, inSitemap, null), source);
    }
}

/// <summary>Section index pages for sections without their own input/&lt;section&gt;/index.md.</summary>
internal sealed class SectionIndexOutput : IOutput
{
    public string Name => "section-indexes";

    public IEnumerable<OutputFile> Produce(OutputContext context)
    {
        var s = context.Settings;
        var taken = context.PageUrls();
        foreach (var section in s.Sections.Where(x => !taken.Contains(x.Id + "/")))
        {
            var view = context.Views.Generated(section.Id + "/", section.Title, section.Description,
                jsonLd: JsonLd.WebPage("CollectionPage", section.Title, section.Description, section.Id + "/", s));
            yield return GeneratedPages.Make(context, section.Id + "/", "section", GeneratedPages.WithSectionCards(view, section.Id, context.Views, context.Site));
        }
    }
}

/// <summary>The topics page (/tags/) and one page per tag (/tags/&lt;slug&gt;/), each from the first article that uses the tag.</summary>
internal sealed class TagIndexOutput : IOutput
{
    public string Name => "tag-indexes";

    public IEnumerable<OutputFile> Produce(OutputContext context)
    {
        var views = context.Views;
        var tags = context.Site.Tags;
        yield return GeneratedPages.Make(context, "tags/", "tags", views.Generated("tags/", "Topics", "Every topic tag used on the site.",
            tags: tags.Select(t => views.TagLink(t.Key, t.Value.Count)).ToList()));
        foreach (var (tag, pages) in tags)
        {
            var first = pages.OrderBy(p => p.Page.Source.File.Path, StringComparer.Ordinal).First().Page;
            var at = first.Meta.LocationOf("tags", first.Source.File.Path);
            var slug = Content.Slug.From(tag);
            if (slug.Length == 0)
            {
                context.Diagnostics.Error("tag/empty-slug", at, $"The tag '{tag}' has no letter or digit, so it has no address for its topic page.",
                    "Use a tag with at least one letter or digit, e.g. tags: [sleep].");
                continue;
            }
            var url = $"tags/{slug}/";
            yield return GeneratedPages.Make(context, url, "tag", views.Generated(url, $"Topic: {tag}", $"Articles about {tag}.", cards: pages.Select(views.Card).ToList()),
                source: at);
        }
    }
}

/// <summary>Pages made from site data when no Markdown page takes their URL: home, help, glossary, sources, search, and the 404 page.</summary>
internal sealed class GeneratedPagesOutput : IOutput
{
    public string Name => "generated-pages";

    public IEnumerable<OutputFile> Produce(OutputContext context)
    {
        var s = context.Settings;
        var site = context.Site;
        var views = context.Views;
        var taken = context.PageUrls();
        if (!taken.Contains(""))
        {
            var home = views.Generated("", s.Title, s.Description, jsonLd: JsonLd.WebPage("WebSite", s.Title, s.Description, "", s));
            yield return GeneratedPages.Make(context, "", "home", GeneratedPages.WithSectionCards(home, null, views, site));
        }
        if (!taken.Contains("help/"))
            yield return GeneratedPages.Make(context, "help/", "help", views.Generated("help/", HelpText.Title, HelpText.Summary, content: HelpText.Intro, crisis: true,
                jsonLd: JsonLd.WebPage("WebPage", HelpText.Title, HelpText.Summary, "help/", s)));
        if (site.Glossary.Count > 0 && !taken.Contains("glossary/"))
            yield return GeneratedPages.Make(context, "glossary/", "glossary", views.Generated("glossary/", "Glossary", "Plain-language meanings of the terms used on this site.", content: GlossaryHtml(site)));
        if (!taken.Contains("sources/"))
            yield return GeneratedPages.Make(context, "sources/", "sources", views.Generated("sources/", "Sources", "Every source cited on the site, A to Z, with the articles that cite it.",
                content: Bibliography.SourcesPage.RenderBody(site.Articles.Select(a => (a.Page.Url, a.Page.Meta.Title, (IReadOnlyList<string>)a.Content.Citations.Keys)).ToList(), site.Bibliography, s.BasePath)));
        if (!taken.Contains("search/"))
            yield return GeneratedPages.Make(context, "search/", "search", views.Generated("search/", "Search", "Search every article on the site.", noindex: true), inSitemap: false);
        yield return GeneratedPages.Make(context, "404.html", "404", views.Generated("404.html", "Page not found", "We could not find that page.", noindex: true), inSitemap: false);
    }

    private static string GlossaryHtml(SiteModel site)
    {
        var sb = new StringBuilder("<dl class=\"glossary\">\n");
        foreach (var e in site.Glossary)
        {
            sb.Append("<dt id=\"").Append(HtmlText.Escape(e.Id)).Append("\">").Append(HtmlText.Escape(e.Term)).Append("</dt>\n<dd>")
              .Append(HtmlText.Escape(e.Definition));
            var see = e.See.Select(id => site.Glossary.FirstOrDefault(g => g.Id == id)).OfType<Content.GlossaryEntry>().ToList();
            if (see.Count > 0)
                sb.Append(" See also: ").AppendJoin(", ", see.Select(g => $"<a href=\"#{HtmlText.Escape(g.Id)}\">{HtmlText.Escape(g.Term)}</a>")).Append('.');
            sb.Append("</dd>\n");
        }
        return sb.Append("</dl>\n").ToString();
    }
}
