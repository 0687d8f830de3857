using Synapse.Preview;
using Synapse.Build;
using Synapse.Site;

namespace Synapse.Commands;

/// <summary>`preview`: build, serve on port 5080, watch input/, theme/ and statiq.json, rebuild and reload open pages.</summary>
internal static class PreviewCommand
{
    public static async Task<int> RunAsync(BuildOptions options, int port, CancellationToken token)
    {
        options = options with { Cache = new BuildCache() };
        var first = SafeBuild.Run(options);
        Reporter.Report(first, "build", options.OutputDir);
        if (!Directory.Exists(options.OutputDir))
        {
            Console.Error.WriteLine("Nothing to serve yet: fix the errors above, then run preview again.");
            return Reporter.ContentErrors;
        }
        var basePath = Configuration.SettingsLoader.Load(options.Root, new Diagnostics.DiagnosticBag(), options.BasePath).BasePath;
        await using var server = await PreviewServer.StartAsync(options.OutputDir, basePath, port, liveReload: true, host: "localhost");
        server.Notify(Errors(first));
        Console.WriteLine($"Serving {server.Url} — watching input/, theme/ and statiq.json. Press Ctrl+C to stop.");
        using var watcher = new SiteWatcher(options.Root, options.OutputDir);
        var rebuilds = 0;
        while (!token.IsCancellationRequested)
        {
            try { await watcher.WaitForChangeAsync(token); }
            catch (OperationCanceledException) { break; }
            var result = SafeBuild.Run(options);
            rebuilds++;
            Reporter.Report(result, "build", options.OutputDir);
            if (result.Succeeded)
                Console.WriteLine($"  re-rendered {options.Cache!.Misses} of {options.Cache.Hits + options.Cache.Misses} pages; {result.ChangedFiles} files changed");
            server.Notify(Errors(result));
        }
        Console.WriteLine($"Preview stopped after {rebuilds} rebuilds.");
        return Reporter.Ok;
    }

    private static string Errors(BuildResult result) =>
        string.Join("\n", result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
}
