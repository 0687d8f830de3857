using System.Globalization;
using Synapse.Diagnostics;
using Synapse.Site;

namespace Synapse.Checks;

/// <summary>Articles meet the reading-level targets (Flesch–Kincaid grade and SMOG from statiq.json); every article's level is kept for `check --reading-level`.</summary>
internal sealed class ReadingLevelCheck : ICheck
{
    public static readonly Rule ReadingLevel = new("content/reading-level", Severity.Warning,
        "An article reads above the target grade (Flesch–Kincaid) or SMOG index.", "Use shorter sentences and common words; define a technical term once and link the glossary.", "articles");

    public IReadOnlyList<Rule> Rules => [ReadingLevel];

    public void Run(CheckContext context) =>
        Parallel.ForEach(context.Site.Articles, page => context.ReadingLevels.Add((page.Page.Source.File.Path, Measure(page.Page, context))));

    private static ReadingLevel Measure(Page page, CheckContext context)
    {
        var level = Readability.Measure(page.Source.Body);
        var at = new SourceLocation(page.Source.File.Path, page.Source.BodyLineOffset + 1, 1);
        var s = context.Site.Settings;
        var text = string.Create(CultureInfo.InvariantCulture, $"Flesch–Kincaid grade {level.FleschKincaid:0.0}, SMOG {level.Smog:0.0} ({level.Words} words, {level.Sentences} sentences)");
        if (level.FleschKincaid > s.ReadingGradeMax || level.Smog > s.SmogMax)
            context.Report(ReadingLevel, at, $"Reading level above target: {text}; targets are grade {s.ReadingGradeMax} and SMOG {s.SmogMax}.");
        return level;
    }
}
