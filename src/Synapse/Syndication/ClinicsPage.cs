using Synapse.Diagnostics;
using Synapse.Layouts;
using Synapse.Output;
using Synapse.Site;

namespace Synapse.Syndication;

/// <summary>
/// The page for clinics (<c>/clinics/</c>): the three ways to reuse our articles (embed.js, a WordPress or oEmbed URL, the
/// content API), the options, attribution, the licence in plain words and the refresh rule. The text is in
/// <c>clinics.liquid</c>; the page gets one real article as the worked example. A Markdown page at input/clinics.md
/// replaces it.
/// </summary>
internal static class ClinicsPage
{
    public const string Url = "clinics/";

    public static IEnumerable<PageOutput> Produce(SiteModel site, LayoutEngine layouts, ViewFactory views, SiteView siteView, IReadOnlySet<string> contentUrls, DiagnosticBag bag)
    {
        if (contentUrls.Contains(Url)) yield break;
        var example = site.Articles.Where(a => a.Page.Section == "treatments").Concat(site.Articles)
            .OrderBy(a => a.Page.Section == "treatments" ? 0 : 1).ThenBy(a => a.Page.Url, StringComparer.Ordinal).FirstOrDefault();
        var s = site.Settings;
        var view = views.Generated(Url, "Show our articles on your clinic's website",
            "Three ways for clinics to show Synapse articles to their patients: an embed snippet, a WordPress link, or the JSON content API.",
            content: example is null ? "" : Syndication.Snippet(example.Page, s),
            cards: example is null ? [] : [views.Card(example)],
            jsonLd: JsonLd.WebPage("WebPage", "Show our articles on your clinic's website", "How clinics can embed Synapse articles or use the content API.", Url, s));
        var html = layouts.Render("clinics", siteView, view, SourceLocation.FileOnly("theme/layouts/clinics.liquid"), bag);
        yield return new PageOutput(Url, html, null, true, null);
    }
}
