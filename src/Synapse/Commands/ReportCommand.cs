using Synapse.Build;
using Synapse.Reports;

namespace Synapse.Commands;

/// <summary>`report`: the editorial dashboard, as Markdown on stdout or, with --html FILE, a page outside the public site.</summary>
internal static class ReportCommand
{
    public static int Run(BuildOptions options, string? htmlFile)
    {
        if (!Directory.Exists(options.Root))
        {
            Console.Error.WriteLine($"error: site folder '{options.Root}' does not exist.");
            return Reporter.Usage;
        }
        if (htmlFile is not null)
        {
            var full = Path.GetFullPath(htmlFile);
            var output = Path.GetFullPath(options.OutputDir) + Path.DirectorySeparatorChar;
            var input = Path.GetFullPath(Path.Combine(options.Root, "input")) + Path.DirectorySeparatorChar;
            if (full.StartsWith(output, StringComparison.Ordinal) || full.StartsWith(input, StringComparison.Ordinal))
            {
                Console.Error.WriteLine($"error: the report must be written outside the public site ({output}) and input/: '{htmlFile}'.");
                return Reporter.Usage;
            }
        }
        var result = SiteBuilder.Build(options with { Write = false });
        if (result.Site is null)
        {
            Console.Error.WriteLine("error: the site could not be read; run `check` to see why.");
            return Reporter.ContentErrors;
        }
        var rows = ReviewReport.Build(result.Site, result.Diagnostics,
            result.ReadingLevels.ToDictionary(l => l.File, l => l.Level.FleschKincaid, StringComparer.Ordinal),
            result.ReadingLevels.ToDictionary(l => l.File, l => l.Level.Words, StringComparer.Ordinal),
            ReviewReport.LastChanges(options.Root));
        if (htmlFile is null)
            Console.Out.Write(ReviewReport.Markdown(rows, result.Site.Today));
        else
        {
            File.WriteAllText(htmlFile, ReviewReport.Html(rows, result.Site.Today, result.Site.Settings.Title));
            Console.Out.WriteLine($"Wrote the editorial report for {rows.Count} articles to {Path.GetFullPath(htmlFile)}.");
        }
        return Reporter.Ok;
    }
}
