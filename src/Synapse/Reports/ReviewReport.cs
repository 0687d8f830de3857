using System.Diagnostics;
using System.Globalization;
using System.Text;
using Synapse.Diagnostics;
using Synapse.Html;
using Synapse.Site;

namespace Synapse.Reports;

/// <summary>One article's editorial status.</summary>
internal sealed record ArticleStatus(
    string File, string Title, string Url, string Status, DateOnly? Reviewed, DateOnly? NextReview, int DaysToReview,
    double Grade, int Words, int References, int? OldestSourceYear, int? MedianSourceYear, int Errors, int Warnings, DateOnly? LastChange)
{
    /// <summary>0 overdue, 1 due within 60 days, 2 has problems, 3 fine: what needs attention first.</summary>
    public int Attention => Status switch { "overdue" => 0, "due soon" => 1, _ => Errors + Warnings > 0 ? 2 : 3 };
}

/// <summary>
/// The editorial dashboard behind `synapse report`: per article its review status and dates, reading level, words,
/// references and their ages, open problems and last change (from one batched `git log`), sorted by what needs
/// attention first. Printed as Markdown, or written as a stand-alone HTML page outside the public site.
/// </summary>
internal static class ReviewReport
{
    public const int DueSoonDays = 60;

    public static IReadOnlyList<ArticleStatus> Build(SiteModel site, IReadOnlyList<Diagnostic> diagnostics,
        IReadOnlyDictionary<string, double> grades, IReadOnlyDictionary<string, int> words, IReadOnlyDictionary<string, DateOnly> lastChanges)
    {
        var byFile = diagnostics.GroupBy(d => d.Location.File, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var rows = new List<ArticleStatus>();
        foreach (var article in site.Articles)
        {
            var file = article.Page.Source.File.Path;
            var meta = article.Page.Meta;
            var days = meta.NextReview is { } due ? due.DayNumber - site.Today.DayNumber : int.MaxValue;
            var status = days < 0 ? "overdue" : days <= DueSoonDays ? "due soon" : "current";
            var years = article.Content.Citations.AllCitedKeys
                .Select(k => site.Bibliography.TryGet(k, out var r) ? r.Issued?.Year : null).OfType<int>().Order().ToList();
            var problems = byFile.GetValueOrDefault(file) ?? [];
            rows.Add(new ArticleStatus(file, meta.Title, article.Page.Url, status, meta.Reviewed, meta.NextReview, days,
                grades.GetValueOrDefault(file), words.GetValueOrDefault(file), article.Content.Citations.AllCitedKeys.Count,
                years.Count > 0 ? years[0] : null, years.Count > 0 ? years[years.Count / 2] : null,
                problems.Count(d => d.Severity == Severity.Error), problems.Count(d => d.Severity == Severity.Warning),
                lastChanges.TryGetValue(file, out var changed) ? changed : null));
        }
        return rows.OrderBy(r => r.Attention).ThenBy(r => r.DaysToReview).ThenByDescending(r => r.Errors + r.Warnings)
                   .ThenBy(r => r.File, StringComparer.Ordinal).ToList();
    }

    /// <summary>The newest commit date of every file under <paramref name="folder"/>, from one <c>git log</c> run; empty when git or the repository is missing.</summary>
    public static IReadOnlyDictionary<string, DateOnly> LastChanges(string root, string folder = "input")
    {
        var result = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        try
        {
            var start = new ProcessStartInfo("git") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in new[] { "log", "--format=%x00%cs", "--name-only", "--no-renames", "--relative", "--", folder }) start.ArgumentList.Add(arg);
            using var git = Process.Start(start);
            if (git is null) return result;
            _ = git.StandardError.ReadToEndAsync();
            DateOnly current = default;
            string? line;
            while ((line = git.StandardOutput.ReadLine()) is not null)
            {
                if (line.StartsWith('\0')) { DateOnly.TryParseExact(line[1..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out current); continue; }
                if (line.Length > 0 && current != default) result.TryAdd(line.Replace('\\', '/'), current);
            }
            git.WaitForExit();
            return git.ExitCode == 0 ? result : new Dictionary<string, DateOnly>();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return result;
        }
    }

    private static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";
    private static string Due(ArticleStatus r) => r.DaysToReview == int.MaxValue ? "—" : r.DaysToReview < 0 ? $"{-r.DaysToReview} days ago" : $"in {r.DaysToReview} days";
    private static string Sources(ArticleStatus r) => r.OldestSourceYear is null ? $"{r.References}" : $"{r.References} (oldest {r.OldestSourceYear}, median {r.MedianSourceYear})";

    public static string Markdown(IReadOnlyList<ArticleStatus> rows, DateOnly today)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"# Editorial report, {today:yyyy-MM-dd}\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"{rows.Count(r => r.Status == "overdue")} overdue, {rows.Count(r => r.Status == "due soon")} due within {DueSoonDays} days, {rows.Count(r => r.Errors + r.Warnings > 0)} with open problems, {rows.Count} articles.\n\n");
        sb.Append("| article | review | next review | due | grade | words | references | errors | warnings | last change |\n");
        sb.Append("|---|---|---|---|---:|---:|---|---:|---:|---|\n");
        foreach (var r in rows)
            sb.Append(CultureInfo.InvariantCulture,
                $"| {Cell(r.Title)} (`{r.File}`) | {r.Status} | {Date(r.NextReview)} | {Due(r)} | {r.Grade:0.0} | {r.Words} | {Sources(r)} | {r.Errors} | {r.Warnings} | {Date(r.LastChange)} |\n");
        return sb.ToString();
    }

    public static string Html(IReadOnlyList<ArticleStatus> rows, DateOnly today, string siteTitle)
    {
        static string E(string s) => HtmlText.Escape(s);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"robots\" content=\"noindex\"><title>Editorial report – {E(siteTitle)}</title>\n");
        sb.Append("<style>body{font:16px/1.5 system-ui,sans-serif;margin:1rem;color:#1a1a1a}table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ccc;padding:.35rem .5rem;text-align:left;vertical-align:top}td.n{text-align:right}.overdue{background:#fde2e1}.due{background:#fff4ce}</style></head><body>\n");
        sb.Append(CultureInfo.InvariantCulture, $"<h1>Editorial report, {today:yyyy-MM-dd}</h1>\n<p>{rows.Count(r => r.Status == "overdue")} overdue, {rows.Count(r => r.Status == "due soon")} due within {DueSoonDays} days, {rows.Count(r => r.Errors + r.Warnings > 0)} with open problems, {rows.Count} articles. Sorted by what needs attention first.</p>\n");
        sb.Append("<table><thead><tr><th scope=\"col\">Article</th><th scope=\"col\">Review</th><th scope=\"col\">Next review</th><th scope=\"col\">Due</th><th scope=\"col\">Grade</th><th scope=\"col\">Words</th><th scope=\"col\">References</th><th scope=\"col\">Errors</th><th scope=\"col\">Warnings</th><th scope=\"col\">Last change</th></tr></thead><tbody>\n");
        foreach (var r in rows)
        {
            var css = r.Status == "overdue" ? " class=\"overdue\"" : r.Status == "due soon" ? " class=\"due\"" : "";
            sb.Append(CultureInfo.InvariantCulture,
                $"<tr{css}><th scope=\"row\">{E(r.Title)}<br><code>{E(r.File)}</code></th><td>{r.Status}</td><td>{Date(r.NextReview)}</td><td>{Due(r)}</td><td class=\"n\">{r.Grade:0.0}</td><td class=\"n\">{r.Words}</td><td>{E(Sources(r))}</td><td class=\"n\">{r.Errors}</td><td class=\"n\">{r.Warnings}</td><td>{Date(r.LastChange)}</td></tr>\n");
        }
        sb.Append("</tbody></table></body></html>\n");
        return sb.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|");
}
