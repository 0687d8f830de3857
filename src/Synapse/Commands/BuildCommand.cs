using Synapse.Diagnostics.Formats;
using Synapse.Build;
using Synapse.Site;

namespace Synapse.Commands;

internal static class BuildCommand
{
    public static int Run(BuildOptions options, IDiagnosticFormat? format = null)
    {
        if (!Directory.Exists(options.Root))
        {
            Console.Error.WriteLine($"error: site folder '{options.Root}' does not exist.");
            return Reporter.Usage;
        }
        var result = SafeBuild.Run(options, Console.IsOutputRedirected ? null : step => Console.Error.WriteLine($"  … {step}"));
        var exit = Reporter.Report(result, "build", options.OutputDir, format: format, siteRoot: options.Root, repositoryUrl: result.Site?.Settings.Repository?.Url);
        if (options.PrintTimings && result.Timings is { } timings) Console.Error.Write(timings.Format());
        return exit;
    }
}
