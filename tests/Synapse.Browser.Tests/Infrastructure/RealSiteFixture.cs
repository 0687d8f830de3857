using System.Diagnostics;
using Microsoft.Playwright;
using Synapse.Build;
using Synapse.Site;
using Synapse.Verify;
using Synapse.Verify.Browser;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Synapse.Browser.Tests.Infrastructure;

/// <summary>
/// Builds the real site from the repository's input/ into a temp folder, serves it on 127.0.0.1 with the preview
/// server, and runs every browser check over it once — each page in all four view modes — so the tests only read the
/// result. Timings go to the test log (diagnostic messages). SYNAPSE_BROWSER_TESTS_SITE points the suite at another
/// site folder (with input/, theme/ and statiq.json) instead of the repository.
/// </summary>
public sealed class RealSiteFixture : IAsyncLifetime, IDisposable
{
    private readonly IMessageSink _sink;
    private readonly TempFolder _output = new();
    private LocalSite? _site;

    public RealSiteFixture(IMessageSink sink) => _sink = sink;

    internal VerifyResult Result { get; private set; } = null!;
    internal Uri Url => _site!.Url;
    internal string Output => _output.Path;
    internal IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var clock = Stopwatch.StartNew();
        var root = Environment.GetEnvironmentVariable("SYNAPSE_BROWSER_TESTS_SITE") is { Length: > 0 } other ? other : Repo.Root;
        var build = SiteBuilder.Build(new BuildOptions(root) { Output = _output.Path });
        if (!build.Succeeded)
            throw new InvalidOperationException($"The site in {root} does not build:\n" + string.Join("\n", build.Diagnostics.Where(d => d.IsError)));
        var built = clock.Elapsed;
        _site = await LocalSite.StartAsync(_output.Path, "/");
        Browser = await SharedBrowser.GetAsync();
        var started = clock.Elapsed;
        Result = await new SiteVerifier(Browser, _site.Url, _output.Path, new VerifyOptions()).RunAsync();
        _sink.OnMessage(new DiagnosticMessage(
            $"Real site: built {build.PageCount} pages in {built.TotalSeconds:0.0} s; browser ready after {started.TotalSeconds:0.0} s; " +
            $"checked {Result.Pages.Count} pages ({Result.AxeRuns} axe runs) in {Result.Elapsed.TotalSeconds:0.0} s; {Result.Findings.Count} findings."));
    }

    public async Task DisposeAsync()
    {
        if (_site is not null) await _site.DisposeAsync();
    }

    /// <summary>Deletes the built site once the server has stopped (xUnit calls this after <see cref="DisposeAsync"/>).</summary>
    public void Dispose() => _output.Dispose();
}

[CollectionDefinition(Name)]
public sealed class RealSiteCrawl : ICollectionFixture<RealSiteFixture>
{
    public const string Name = "real site";
}
