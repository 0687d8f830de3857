using System.Collections.Concurrent;
using Synapse.Diagnostics;
using Synapse.Output;
using Synapse.Site;

namespace Synapse.Checks;

/// <summary>
/// A read-only whole-site check (Statiq's analyzer): it declares its rules for the catalogue and reports diagnostics
/// through <see cref="CheckContext.Report"/>. Register it in <see cref="CheckRegistry.Default"/>.
/// </summary>
internal interface ICheck
{
    /// <summary>The rules this check reports, each with its default severity, description, hint and what it applies to.</summary>
    IReadOnlyList<Rule> Rules { get; }

    /// <summary>Runs once per build after every output is planned; may run per-page work in parallel. Never throws for a content problem.</summary>
    void Run(CheckContext context);
}

/// <summary>What a check may read (the site model with each page's Markdig document, the xref table, the planned files) and where it reports.</summary>
internal sealed class CheckContext
{
    public required SiteModel Site { get; init; }
    public required IReadOnlyDictionary<string, string> Xrefs { get; init; }
    /// <summary>Every planned output file, after the publish plan's guards; HTML pages carry <see cref="OutputFile.Page"/>.</summary>
    public required IReadOnlyList<OutputFile> Files { get; init; }
    public required DiagnosticBag Diagnostics { get; init; }
    /// <summary>Where each check's time goes (`--timings`).</summary>
    public StageTimings Timings { get; init; } = new();

    /// <summary>Reading levels measured by the reading-level check, for `check --reading-level`.</summary>
    public ConcurrentBag<(string File, ReadingLevel Level)> ReadingLevels { get; } = [];

    /// <summary>Reports <paramref name="rule"/> at its default severity (a site may change it in statiq.json); the hint defaults to the rule's.</summary>
    public void Report(Rule rule, SourceLocation at, string message, string? hint = null) =>
        Diagnostics.Add(new Diagnostic(rule.Id, rule.DefaultSeverity, at, message, hint ?? rule.Hint));
}

/// <summary>The checks of a build, in order. Adding a check is one class implementing <see cref="ICheck"/> and one line in <see cref="Default"/>.</summary>
internal sealed class CheckRegistry
{
    private readonly List<ICheck> _checks = [];

    public static CheckRegistry Default() => new CheckRegistry()
        .Add(new RelatedPagesCheck())
        .Add(new ReadingLevelCheck())
        .Add(new CitationCheck())
        .Add(new LinkCheck())
        .Add(new Editorial.HeadingCheck())
        .Add(new Editorial.LinkTextCheck())
        .Add(new Editorial.SummaryCheck())
        .Add(new Editorial.DuplicateTitleCheck())
        .Add(new Editorial.OrphanCheck())
        .Add(new Editorial.ReviewDateCheck())
        .Add(new Editorial.OldSourceCheck())
        .Add(new Editorial.WordingCheck())
        .Add(new Editorial.JargonCheck());

    public IReadOnlyList<ICheck> Checks => _checks;

    public CheckRegistry Add(ICheck check)
    {
        _checks.Add(check);
        return this;
    }

    public void Run(CheckContext context)
    {
        // Checks read the finished site model and report into a thread-safe bag; the bag is sorted at the end.
        Parallel.ForEach(_checks, check => context.Timings.Time("check", check.GetType().Name, () => check.Run(context)));
    }
}

/// <summary>Every rule Synapse reports: the stages' own (<see cref="StageRules"/>) and those of the registered checks, by id.</summary>
internal static class RuleCatalogue
{
    public static IReadOnlyList<Rule> For(CheckRegistry checks)
    {
        var rules = StageRules.All.Concat(checks.Checks.SelectMany(c => c.Rules)).ToList();
        var twice = rules.GroupBy(r => r.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) throw new InvalidOperationException($"Rule '{twice.Key}' is declared twice.");
        return rules.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
    }

    private static readonly Lazy<Dictionary<string, Rule>> DefaultById =
        new(() => For(CheckRegistry.Default()).ToDictionary(r => r.Id, StringComparer.Ordinal));

    /// <summary>The default catalogue's entry for a rule id, as the report formats (SARIF, JSON, GitHub) describe it.</summary>
    public static Diagnostics.Formats.RuleDescription? Describe(string id) =>
        DefaultById.Value.TryGetValue(id, out var r) ? new(r.Id, r.Description, r.Hint, r.DefaultSeverity) : null;

    /// <summary>The catalogue as the Markdown table in README.md (and printed by `synapse rules --markdown`).</summary>
    public static string MarkdownTable(IReadOnlyList<Rule> rules)
    {
        var sb = new System.Text.StringBuilder("| rule | default | applies to | what it finds | how to fix it |\n|---|---|---|---|---|\n");
        foreach (var r in rules)
            sb.Append($"| `{r.Id}` | {Diagnostic.SeverityName(r.DefaultSeverity)} | {Cell(r.AppliesTo)} | {Cell(r.Description)} | {Cell(r.Hint)} |\n");
        return sb.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|");
}
