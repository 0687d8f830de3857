using Synapse.Build;

namespace Synapse.Preview;

/// <summary>
/// `preview`'s builds: into memory (never output/), reusing unchanged pages through the render cache. A build with
/// errors gives no site, so the server keeps serving the last good one.
/// </summary>
internal sealed class PreviewBuilder(BuildOptions options)
{
    // Preview serves each file as it is and never reads the .gz and .br copies a host would: they are not made.
    private readonly BuildOptions _options = options with { Write = false, Cache = options.Cache ?? new BuildCache(), Precompress = false };

    public BuildCache Cache => _options.Cache!;

    public (BuildResult Result, MemorySite? Site) Build()
    {
        var result = SafeBuild.Run(_options);
        return (result, result.Succeeded ? MemorySite.From(result.Files) : null);
    }

    /// <summary>Builds on a worker thread; <paramref name="token"/> stops waiting for it (the process is stopping).</summary>
    public Task<(BuildResult Result, MemorySite? Site)> BuildAsync(CancellationToken token) =>
        Task.Run(Build, CancellationToken.None).WaitAsync(token);
}
