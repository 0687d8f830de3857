using System.Globalization;

namespace Synapse.Verify;

/// <summary>
/// Writes the findings an editor reads. A problem seen on many pages (usually from the theme: header, footer, layout)
/// is printed once with the pages it is on. The rest is one block per page with its source file, then one line per
/// problem: the source line when it is known, the check's code, the view modes it was seen in, and what is wrong.
/// </summary>
internal static class VerifyReport
{
    /// <summary>A problem on at least this many pages is reported once, as site-wide.</summary>
    public const int SiteWideThreshold = 4;

    public static void Write(TextWriter writer, IReadOnlyList<Finding> findings, SourceLocator? sources)
    {
        var problems = findings
            .GroupBy(f => (f.Code, f.Message, f.Target))
            .Select(g => new Problem(g.Key.Code, g.Key.Message, g.Key.Target,
                g.Select(f => f.Page).Distinct().Order(StringComparer.Ordinal).ToList(),
                g.Select(f => f.Mode).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList()))
            .OrderBy(p => p.Code, StringComparer.Ordinal).ThenBy(p => p.Message, StringComparer.Ordinal)
            .ToList();

        var siteWide = problems.Where(p => p.Pages.Count >= SiteWideThreshold).ToList();
        if (siteWide.Count > 0)
        {
            writer.WriteLine("On many pages (usually the theme: theme/layouts/, theme/assets/):");
            foreach (var p in siteWide)
            {
                var shown = string.Join(", ", p.Pages.Take(5).Select(SitePath.Display));
                var more = p.Pages.Count > 5 ? $" and {p.Pages.Count - 5} more" : "";
                writer.WriteLine($"  {p.Code}{Modes(p)}: {p.Message}");
                writer.WriteLine($"    on {p.Pages.Count} pages: {shown}{more}");
            }
            writer.WriteLine();
        }

        var perPage = problems.Except(siteWide)
            .SelectMany(p => p.Pages.Select(page => (Page: page, Problem: p)))
            .GroupBy(x => x.Page, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var page in perPage)
        {
            var file = sources?.FileFor(page.Key);
            writer.WriteLine(file is null ? SitePath.Display(page.Key) : $"{SitePath.Display(page.Key)}  ({file})");
            foreach (var (_, p) in page)
            {
                var line = file is not null && p.Target is not null && IsLink(p.Code) ? sources!.LineOf(file, p.Target) : null;
                var where = line is { } n ? string.Create(CultureInfo.InvariantCulture, $"{file}:{n}: ") : "";
                writer.WriteLine($"  {where}{p.Code}{Modes(p)}: {p.Message}");
            }
            writer.WriteLine();
        }
    }

    public static string Summary(int pages, IReadOnlyList<Finding> findings, TimeSpan elapsed)
    {
        var time = elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";
        if (findings.Count == 0) return $"Verified {pages} pages in {time}: no problems.";
        var problems = findings.Select(f => (f.Page, f.Code, f.Message, f.Target)).Distinct().Count();
        var onPages = findings.Select(f => f.Page).Distinct().Count();
        return $"Verified {pages} pages in {time}: {problems} problem{(problems == 1 ? "" : "s")} on {onPages} page{(onPages == 1 ? "" : "s")}.";
    }

    private static string Modes(Problem p) => p.Modes.Count > 0 ? $" [{string.Join(", ", p.Modes)}]" : "";

    private static bool IsLink(string code) => code is FindingCodes.BrokenLink or FindingCodes.MissingFragment or FindingCodes.ExternalBroken;

    private sealed record Problem(string Code, string Message, string? Target, IReadOnlyList<string> Pages, IReadOnlyList<string> Modes);
}
