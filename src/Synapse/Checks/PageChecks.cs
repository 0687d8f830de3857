using System.Globalization;
using Synapse.Diagnostics;
using Synapse.Site;

namespace Synapse.Checks;

/// <summary>Per-page checks that need the whole site: related slugs resolve, and articles meet the reading-level target.</summary>
internal static class PageChecks
{
    /// <summary>Runs the checks and returns the reading level of every article (reported by `check --reading-level`).</summary>
    public static IReadOnlyList<(string File, ReadingLevel Level)> Run(SiteModel site, IReadOnlyDictionary<string, string> xrefs, DiagnosticBag bag)
    {
        var levels = new (string File, ReadingLevel Level)?[site.Pages.Count];
        Parallel.For(0, site.Pages.Count, i =>
        {
            var page = site.Pages[i].Page;
            var file = page.Source.File.Path;
            foreach (var related in page.Meta.Related.Where(r => !xrefs.ContainsKey(r)))
                bag.Error("front-matter/unknown-related", page.Meta.LocationOf("related", file), $"related: '{related}' is not the slug of any page.",
                    "Use the file name (without .md) of another article, e.g. related: [dopamine, antidepressants].");
            if (page.IsArticle) levels[i] = (file, CheckReadingLevel(page, site, bag));
        });
        return levels.OfType<(string File, ReadingLevel Level)>().ToList();
    }

    private static ReadingLevel CheckReadingLevel(Page page, SiteModel site, DiagnosticBag bag)
    {
        var level = Readability.Measure(page.Source.Body);
        var at = new SourceLocation(page.Source.File.Path, page.Source.BodyLineOffset + 1, 1);
        var s = site.Settings;
        var text = string.Create(CultureInfo.InvariantCulture, $"Flesch–Kincaid grade {level.FleschKincaid:0.0}, SMOG {level.Smog:0.0} ({level.Words} words, {level.Sentences} sentences)");
        if (level.FleschKincaid > s.ReadingGradeMax || level.Smog > s.SmogMax)
            bag.Warning("content/reading-level", at, $"Reading level above target: {text}; targets are grade {s.ReadingGradeMax} and SMOG {s.SmogMax}.",
                "Use shorter sentences and common words; define a technical term once and link the glossary.");
        return level;
    }
}
