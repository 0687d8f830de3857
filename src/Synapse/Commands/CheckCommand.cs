using System.Globalization;
using Synapse.Diagnostics.Formats;
using Synapse.Build;
using Synapse.Site;

namespace Synapse.Commands;

internal static class CheckCommand
{
    public static int Run(BuildOptions options, bool readingLevels, IDiagnosticFormat? format = null)
    {
        if (!Directory.Exists(options.Root))
        {
            Console.Error.WriteLine($"error: site folder '{options.Root}' does not exist.");
            return Reporter.Usage;
        }
        var result = SafeBuild.Run(options);
        if (readingLevels)
            foreach (var (file, level) in result.ReadingLevels)
                (format is null or HumanFormat ? Console.Out : Console.Error).WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file}: grade {level.FleschKincaid:0.0}, SMOG {level.Smog:0.0}, {level.Words} words"));
        var exit = Reporter.Report(result, "check", null, format: format, siteRoot: options.Root, repositoryUrl: result.Site?.Settings.Repository?.Url);
        if (options.PrintTimings && result.Timings is { } timings) Console.Error.Write(timings.Format());
        return exit;
    }
}
