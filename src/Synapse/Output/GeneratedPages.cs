using System.Net;
using System.Text;
using Synapse.Configuration;
using Synapse.Diagnostics;
using Synapse.Layouts;
using Synapse.Site;

namespace Synapse.Output;

/// <summary>Pages made from site data rather than one Markdown file: home, section and tag indexes, help, glossary, search, 404.</summary>
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

    public static IEnumerable<PageOutput> Write(SiteModel site, LayoutEngine layouts, ViewFactory views, SiteView siteView, HashSet<string> contentUrls, DiagnosticBag bag)
    {
        var s = site.Settings;
        PageOutput Make(string url, string layout, PageView view, bool inSitemap = true) =>
            new(url, layouts.Render(layout, siteView, view, Diagnostics.SourceLocation.FileOnly($"theme/layouts/{layout}.liquid"), bag), null, inSitemap, null);

        if (!contentUrls.Contains(""))
        {
            var home = views.Generated("", s.Title, s.Description, jsonLd: JsonLd.WebPage("WebSite", s.Title, s.Description, "", s));
            yield return Make("", "home", WithSectionCards(home, null, views, site));
        }
        foreach (var section in s.Sections.Where(x => !contentUrls.Contains(x.Id + "/")))
        {
            var view = views.Generated(section.Id + "/", section.Title, section.Description,
                jsonLd: JsonLd.WebPage("CollectionPage", section.Title, section.Description, section.Id + "/", s));
            yield return Make(section.Id + "/", "section", WithSectionCards(view, section.Id, views, site));
        }
        var tags = site.Tags;
        yield return Make("tags/", "tags", views.Generated("tags/", "Topics", "Every topic tag used on the site.",
            tags: tags.Select(t => views.TagLink(t.Key, t.Value.Count)).ToList()));
        foreach (var (tag, pages) in tags)
            yield return Make($"tags/{Content.Slug.From(tag)}/", "tag", views.Generated($"tags/{Content.Slug.From(tag)}/", $"Topic: {tag}", $"Articles about {tag}.", cards: pages.Select(views.Card).ToList()));
        if (!contentUrls.Contains("help/"))
            yield return Make("help/", "help", views.Generated("help/", "Need help now?", "Urgent mental-health support: crisis lines and emergency numbers by country.", crisis: true,
                jsonLd: JsonLd.WebPage("WebPage", "Need help now?", "Urgent mental-health support by country.", "help/", s)));
        if (site.Glossary.Count > 0 && !contentUrls.Contains("glossary/"))
            yield return Make("glossary/", "glossary", views.Generated("glossary/", "Glossary", "Plain-language meanings of the terms used on this site.", content: GlossaryHtml(site)));
        if (!contentUrls.Contains("sources/"))
            yield return Make("sources/", "sources", views.Generated("sources/", "Sources", "Every source cited on the site, A to Z, with the articles that cite it.",
                content: Bibliography.SourcesPage.RenderBody(site.Articles.Select(a => (a.Page.Url, a.Page.Meta.Title, (IReadOnlyList<string>)a.Content.Citations.Keys)).ToList(), site.Bibliography, s.BasePath)));
        if (!contentUrls.Contains("search/"))
            yield return Make("search/", "search", views.Generated("search/", "Search", "Search every article on the site.", noindex: true), inSitemap: false);
        yield return Make("404.html", "404", views.Generated("404.html", "Page not found", "We could not find that page.", noindex: true), inSitemap: false);
    }

    private static string GlossaryHtml(SiteModel site)
    {
        var sb = new StringBuilder("<dl class=\"glossary\">\n");
        foreach (var e in site.Glossary)
        {
            sb.Append("<dt id=\"").Append(WebUtility.HtmlEncode(e.Id)).Append("\">").Append(WebUtility.HtmlEncode(e.Term)).Append("</dt>\n<dd>")
              .Append(WebUtility.HtmlEncode(e.Definition));
            var see = e.See.Select(id => site.Glossary.FirstOrDefault(g => g.Id == id)).OfType<Content.GlossaryEntry>().ToList();
            if (see.Count > 0)
                sb.Append(" See also: ").AppendJoin(", ", see.Select(g => $"<a href=\"#{WebUtility.HtmlEncode(g.Id)}\">{WebUtility.HtmlEncode(g.Term)}</a>")).Append('.');
            sb.Append("</dd>\n");
        }
        return sb.Append("</dl>\n").ToString();
    }
}
