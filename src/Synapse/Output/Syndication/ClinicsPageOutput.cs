using Synapse.Diagnostics;
using Synapse.Layouts;
using Synapse.Site;

namespace Synapse.Output.Syndication;

/// <summary>
/// The page for clinics (<c>/clinics/</c>): the three ways to reuse our articles (embed.js, a WordPress or oEmbed URL, the
/// content API), the options, attribution, the licence in plain words and the refresh rule. The text is in
/// <c>clinics.liquid</c>; the page gets one real article as the worked example. A Markdown page at input/clinics.md
/// replaces it.
/// </summary>
internal sealed class ClinicsPageOutput : IOutput
{
    public string Name => "clinics-page";

    public const string Url = "clinics/";

    public IEnumerable<OutputFile> Produce(OutputContext context)
    {
        var (site, views) = (context.Site, context.Views);
        if (context.PageUrls().Contains(Url)) yield break;
        var example = site.Articles.Where(a => a.Page.Section == "treatments").Concat(site.Articles)
            .OrderBy(a => a.Page.Section == "treatments" ? 0 : 1).ThenBy(a => a.Page.Url, StringComparer.Ordinal).FirstOrDefault();
        var s = site.Settings;
        var view = views.Generated(Url, "Show our articles on your clinic's website",
            "Three ways for clinics to show Synapse articles to their patients: an embed snippet, a WordPress link, or the JSON content API.",
            content: example is null ? "" : SyndicationPaths.Snippet(example.Page, s),
            cards: example is null ? [] : [views.Card(example)],
            jsonLd: JsonLd.WebPage("WebPage", "Show our articles on your clinic's website", "How clinics can embed Synapse articles or use the content API.", Url, s));
        yield return GeneratedPages.Make(context, Url, "clinics", view);
    }
}
