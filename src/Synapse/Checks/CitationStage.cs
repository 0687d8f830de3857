using Synapse.Diagnostics;
using Synapse.Markdown.Citations;
using Synapse.Site;

namespace Synapse.Checks;

/// <summary>Whole-site citation checks: every article's citations resolve and meet the minimum; every reference is cited somewhere.</summary>
internal static class CitationStage
{
    public static void Check(SiteModel site, DiagnosticBag bag)
    {
        foreach (var page in site.Pages)
        {
            var minimum = page.Page.IsArticle ? site.Settings.MinReferences : 0;
            CitationChecks.CheckArticle(page.Page.Source.Map, page.Content.Citations, site.Bibliography, minimum, bag);
        }
        CitationChecks.CheckUnused(site.Bibliography, site.Pages.SelectMany(p => p.Content.Citations.Keys), bag);
    }
}
