namespace Synapse.Diagnostics.Formats;

/// <summary>What a tool-facing report needs to know about a rule: its id, one-line description, fix hint and default severity.</summary>
internal sealed record RuleDescription(string Id, string Description, string Hint, Severity DefaultSeverity);

/// <summary>The outcome a report describes: every diagnostic, and the run's counts.</summary>
internal sealed record DiagnosticReport(IReadOnlyList<Diagnostic> Diagnostics, string Verb, bool Succeeded)
{
    /// <summary>The site folder the diagnostics' paths are relative to.</summary>
    public string? SiteRoot { get; init; }
    /// <summary>The site's repository (statiq.json <c>repository</c>), named as the tool's home in SARIF.</summary>
    public string? RepositoryUrl { get; init; }

    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
    public int Notices => Diagnostics.Count(d => d.Severity is not (Severity.Error or Severity.Warning));

    /// <summary>Errors first, then warnings, then notices; within a severity by file, line and column.</summary>
    public IEnumerable<Diagnostic> BySeverity() =>
        Diagnostics.OrderBy(d => SeverityRank(d.Severity))
                   .ThenBy(d => d.Location.File, StringComparer.Ordinal)
                   .ThenBy(d => d.Location.Line).ThenBy(d => d.Location.Column)
                   .ThenBy(d => d.Rule, StringComparer.Ordinal);

    private static int SeverityRank(Severity s) => s switch { Severity.Error => 0, Severity.Warning => 1, _ => 2 };
}

/// <summary>
/// One way of printing diagnostics. <c>human</c> is the default (file:line:column lines on stderr); <c>github</c>,
/// <c>json</c> and <c>sarif</c> are for tools and write to stdout.
/// </summary>
internal interface IDiagnosticFormat
{
    string Name { get; }

    /// <summary>Writes the report. <paramref name="rules"/> describes rule ids (null when a rule is unknown).</summary>
    void Write(DiagnosticReport report, Func<string, RuleDescription?> rules, TextWriter output);
}

/// <summary>The registered formats, by the name given to <c>--format</c>.</summary>
internal static class DiagnosticFormats
{
    public static readonly IReadOnlyList<IDiagnosticFormat> All =
        [new HumanFormat(), new GitHubFormat(), new JsonFormat(), new SarifFormat()];

    public static IDiagnosticFormat? Find(string name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    public static string Names => string.Join(", ", All.Select(f => f.Name));

    /// <summary>Lower-case severity word shared by every format ("error", "warning", "info").</summary>
    public static string Word(Severity s) => s switch { Severity.Error => "error", Severity.Warning => "warning", _ => "info" };
}
