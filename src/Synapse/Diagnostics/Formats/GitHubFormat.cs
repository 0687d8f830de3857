using System.Text;

namespace Synapse.Diagnostics.Formats;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=…,line=…,col=…,title=…::message</c>), which GitHub shows as
/// annotations on the pull request's changed lines. Errors come first, because GitHub shows at most 10 error and
/// 10 warning annotations per step; a closing summary line says how many exist in all.
/// </summary>
internal sealed class GitHubFormat : IDiagnosticFormat
{
    /// <summary>Annotations of one kind GitHub shows per step; the rest are only in the log.</summary>
    public const int ShownPerStep = 10;

    public string Name => "github";

    public void Write(DiagnosticReport report, Func<string, RuleDescription?> rules, TextWriter output)
    {
        var prefix = WorkspacePrefix(null, report.SiteRoot);
        foreach (var d in report.BySeverity())
        {
            var command = d.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "notice" };
            var message = d.Hint.Length > 0 ? $"{d.Message}\nhint: {d.Hint}" : d.Message;
            output.WriteLine(
                $"::{command} file={Property(prefix + d.Location.File)},line={d.Location.Line},col={d.Location.Column}," +
                $"title={Property(d.Rule)}::{Data(message)}");
        }
        var hidden = new List<string>();
        if (report.Errors > ShownPerStep) hidden.Add($"{report.Errors - ShownPerStep} more errors");
        if (report.Warnings > ShownPerStep) hidden.Add($"{report.Warnings - ShownPerStep} more warnings");
        var summary = $"Synapse {report.Verb}: {report.Errors} errors, {report.Warnings} warnings, {report.Notices} notices.";
        if (hidden.Count > 0)
            summary += $" GitHub shows at most {ShownPerStep} annotations of each kind per step; {string.Join(" and ", hidden)} are listed above in this log.";
        output.WriteLine(summary);
    }

    /// <summary>
    /// Diagnostics are relative to the site folder; GitHub wants paths relative to the repository. When the site
    /// folder lies inside <c>GITHUB_WORKSPACE</c>, its path from there is prefixed.
    /// </summary>
    internal static string WorkspacePrefix(string? workspace, string? siteRoot)
    {
        workspace ??= Environment.GetEnvironmentVariable("GITHUB_WORKSPACE");
        if (string.IsNullOrEmpty(workspace) || string.IsNullOrEmpty(siteRoot)) return "";
        var relative = Path.GetRelativePath(Path.GetFullPath(workspace), Path.GetFullPath(siteRoot)).Replace('\\', '/');
        if (relative == "." || relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)) return "";
        return relative.TrimEnd('/') + "/";
    }

    /// <summary>Escapes a command's message: %, CR and LF (the toolkit's escapeData).</summary>
    internal static string Data(string s) =>
        new StringBuilder(s).Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A").ToString();

    /// <summary>Escapes a command property: as data, plus ':' and ',' (the toolkit's escapeProperty).</summary>
    internal static string Property(string s) =>
        new StringBuilder(Data(s)).Replace(":", "%3A").Replace(",", "%2C").ToString();
}
