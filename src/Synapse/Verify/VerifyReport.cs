using System.Globalization;

namespace Synapse.Verify;

/// <summary>
/// Writes the findings an editor reads: one block per page with its source file, then one line per problem — the
/// source line when it is known, the check's code, what is wrong and what is at fault. The same problem seen in
/// several viewport and colour-scheme modes is one line listing the modes.
/// </summary>
internal static class VerifyReport
{
    public static void Write(TextWriter writer, IReadOnlyList<Finding> findings, SourceLocator? sources)
    {
        var byPage = findings
            .GroupBy(f => f.Page, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var page in byPage)
        {
            var file = sources?.FileFor(page.Key);
            writer.WriteLine(file is null ? SitePath.Display(page.Key) : $"{SitePath.Display(page.Key)}  ({file})");
            var merged = page
                .GroupBy(f => (f.Code, f.Message, f.Target))
                .OrderBy(g => g.Key.Code, StringComparer.Ordinal).ThenBy(g => g.Key.Message, StringComparer.Ordinal);
            foreach (var problem in merged)
            {
                var (code, message, target) = problem.Key;
                var modes = problem.Select(f => f.Mode).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
                var line = file is not null && target is not null && IsLink(code) ? sources!.LineOf(file, target) : null;
                var where = line is { } n ? string.Create(CultureInfo.InvariantCulture, $"{file}:{n}: ") : "";
                var modeText = modes.Count > 0 ? $" [{string.Join(", ", modes)}]" : "";
                writer.WriteLine($"  {where}{code}{modeText}: {message}");
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

    private static bool IsLink(string code) => code is FindingCodes.BrokenLink or FindingCodes.MissingFragment or FindingCodes.ExternalBroken;
}
