using System.Runtime.InteropServices;
using Synapse.Build;
using Synapse.Preview;

namespace Synapse.Commands;

/// <summary>
/// `preview`: build into memory, serve on port 5080, watch input/, theme/ and statiq.json, rebuild and reload open
/// pages. Never writes output/. Ctrl+C and SIGTERM stop it within a second with exit code 0.
/// </summary>
internal static class PreviewCommand
{
    public static async Task<int> RunAsync(BuildOptions options, int port, CancellationToken token)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(token);
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }

        var builder = new PreviewBuilder(options);
        (BuildResult Result, MemorySite? Site) first;
        try { first = await builder.BuildAsync(stop.Token); }
        catch (OperationCanceledException) { return Reporter.Ok; }
        Reporter.Report(first.Result, "preview", null);
        if (first.Site is null)
        {
            Console.Error.WriteLine("Nothing to serve yet: fix the errors above, then run preview again.");
            return Reporter.ContentErrors;
        }
        var basePath = Configuration.SettingsLoader.Load(options.Root, new Diagnostics.DiagnosticBag(), options.BasePath).BasePath;
        await using var server = await PreviewServer.StartAsync(first.Site, basePath, port, liveReload: true, host: port == 0 ? "127.0.0.1" : "localhost");
        Console.WriteLine($"Serving {server.Url} from memory — watching input/, theme/ and statiq.json. Press Ctrl+C to stop.");
        using var watcher = new SiteWatcher(options.Root);
        var loop = new PreviewLoop(builder.BuildAsync, new FastPageRender(options.Root), server, PreviewBase.From(first.Result, first.Site))
        {
            FastReported = (fast, pages, took) =>
                Console.WriteLine($"  re-rendered {fast.Files.Count} of {pages} pages at once in {took.TotalMilliseconds:0} ms ({string.Join(", ", fast.Sources)}); the full build follows"),
            BuildReported = result =>
            {
                Reporter.Report(result, "preview", null);
                if (result.Succeeded)
                    Console.WriteLine($"  re-rendered {builder.Cache.Misses} of {builder.Cache.Hits + builder.Cache.Misses} pages");
            },
        };
        await loop.RunAsync(watcher.WaitForChangeAsync, stop.Token);
        Console.WriteLine($"Preview stopped after {loop.Rebuilds} rebuilds.");
        return Reporter.Ok;
    }
}
