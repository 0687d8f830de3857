using System.Text;
using System.Threading.Channels;
using Synapse.Build;
using Synapse.Preview;
using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Preview;

/// <summary>
/// The preview loop serves a fast render of the edited page before the full build ends (the full build here waits for
/// the test to let it run, so nothing depends on timing), then publishes the full build and reloads again only when a
/// page it served came out different; a full build with errors shows the overlay and keeps the last good site.
/// </summary>
public sealed class PreviewLoopTests : IAsyncDisposable
{
    private const string Dopamine = "input/neurotransmitters/dopamine.md";
    private const string DopaminePage = "neurotransmitters/dopamine/index.html";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly FixtureSite _site = new("basic-site");
    private readonly PreviewBuilder _builder;
    private readonly MemorySite _first;
    private readonly RecordingTarget _target = new();
    private readonly Channel<IReadOnlyList<SiteChange>> _changes = Channel.CreateUnbounded<IReadOnlyList<SiteChange>>();
    private readonly Channel<TaskCompletionSource> _builds = Channel.CreateUnbounded<TaskCompletionSource>();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    /// <summary>Runs before the full build reads the site (a later save the build sees, or a new error).</summary>
    private Action _beforeBuild = () => { };

    public PreviewLoopTests()
    {
        _builder = new PreviewBuilder(new BuildOptions(_site.Root) { Today = FixtureSite.Today });
        var (result, site) = _builder.Build();
        Assert.True(result.Succeeded);
        _first = site!;
        var loop = new PreviewLoop(SlowBuild, new FastPageRender(_site.Root), _target, PreviewBase.From(result, site)) { Grace = TimeSpan.Zero };
        _loop = loop.RunAsync(async token => await _changes.Reader.ReadAsync(token), _stop.Token);
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        await _loop.WaitAsync(Patience);
        _stop.Dispose();
        _target.Dispose();
        _site.Dispose();
    }

    /// <summary>The real full build, started only when the test lets it run.</summary>
    private async Task<(BuildResult Result, MemorySite? Site)> SlowBuild(CancellationToken token)
    {
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await _builds.Writer.WriteAsync(go, token);
        await go.Task.WaitAsync(token);
        return await Task.Run(() =>
        {
            _beforeBuild();
            return _builder.Build();
        }, token);
    }

    private async Task<TaskCompletionSource> Save(string rel, Func<string, string> change)
    {
        var path = _site.Write(rel, change(File.ReadAllText(Path.Combine(_site.Root, rel))));
        await _changes.Writer.WriteAsync([new SiteChange(path, SiteChangeKind.Changed)]);
        // The loop tries the fast path before it starts the full build: once the build is waiting, the fast path has run.
        return await _builds.Reader.ReadAsync().AsTask().WaitAsync(Patience);
    }

    private static string Page(ISiteContent site, string path) => Encoding.UTF8.GetString(site.Get(path)!.Bytes);

    [Fact]
    public async Task The_edited_page_is_served_and_reloaded_before_the_full_build_runs()
    {
        var build = await Save(Dopamine, t => t + "\nServed at once.\n");

        Assert.Equal(["publish", "reload"], _target.Kinds());
        Assert.Contains("Served at once.", Page(_target.Site!, DopaminePage));
        Assert.Equal(Page(_first, "neurotransmitters/serotonin/index.html"), Page(_target.Site!, "neurotransmitters/serotonin/index.html"));
        Assert.DoesNotContain("Served at once.", Page(_first, DopaminePage));
        Assert.Equal(_first.Get("sitemap.xml")!.Bytes, _target.Site!.Get("sitemap.xml")!.Bytes);
        build.SetResult();
        await _target.WaitFor(3);
    }

    [Fact]
    public async Task No_second_reload_when_the_full_build_made_the_served_page_the_same()
    {
        var build = await Save(Dopamine, t => t + "\nThe same either way.\n");
        build.SetResult();

        var last = await _target.WaitFor(3);

        Assert.Equal(["publish", "reload", "publish"], _target.Kinds());
        Assert.IsType<MemorySite>(last.Site);
        Assert.Contains("The same either way.", Page(last.Site!, DopaminePage));
    }

    [Fact]
    public async Task A_second_reload_follows_when_the_full_build_made_the_served_page_differently()
    {
        var build = await Save(Dopamine, t => t + "\nFirst version.\n");
        _beforeBuild = () => _site.Write(Dopamine, File.ReadAllText(Path.Combine(_site.Root, Dopamine)).Replace("First version.", "Second version."));
        build.SetResult();

        await _target.WaitFor(4);

        Assert.Equal(["publish", "reload", "publish", "reload"], _target.Kinds());
        Assert.Contains("Second version.", Page(_target.Site!, DopaminePage));
    }

    [Fact]
    public async Task A_full_build_with_errors_shows_the_overlay_and_serves_the_last_good_site_again()
    {
        var build = await Save(Dopamine, t => t + "\nFast, but the build fails.\n");
        _beforeBuild = () => _site.Write("input/neurotransmitters/serotonin.md", "---\ntitle: [unclosed\n---\n\nBroken.\n");
        build.SetResult();

        var overlay = await _target.WaitFor(4);

        Assert.Equal(["publish", "reload", "publish", "errors"], _target.Kinds());
        Assert.Contains("serotonin.md", overlay.Errors);
        Assert.Same(_first, _target.Site);
    }

    [Fact]
    public async Task After_a_failed_build_the_fast_path_waits_for_a_good_one()
    {
        _beforeBuild = () => _site.Write("input/neurotransmitters/serotonin.md", "---\ntitle: [unclosed\n---\n\nBroken.\n");
        (await Save(Dopamine, t => t + "\nFirst.\n")).SetResult();
        await _target.WaitFor(4);
        _beforeBuild = () => { };

        var build = await Save(Dopamine, t => t + "\nSecond.\n");

        Assert.Equal(4, _target.Kinds().Count);
        build.SetResult();
        var last = await _target.WaitFor(5);
        Assert.Equal(["publish", "reload", "publish", "errors", "errors"], _target.Kinds());
    }

    [Fact]
    public async Task A_change_the_fast_path_refuses_waits_for_the_full_build()
    {
        var build = await Save(Dopamine, t => t.Replace("title: Dopamine", "title: Dopamine and reward"));

        Assert.Empty(_target.Kinds());
        build.SetResult();
        var last = await _target.WaitFor(2);

        Assert.Equal(["publish", "reload"], _target.Kinds());
        Assert.Contains("Dopamine and reward", Page(last.Site!, DopaminePage));
    }

    [Fact]
    public async Task A_save_during_the_full_build_is_served_at_once_and_gives_one_more_build()
    {
        var first = await Save(Dopamine, t => t + "\nFirst save.\n");
        var path = _site.Write(Dopamine, File.ReadAllText(Path.Combine(_site.Root, Dopamine)) + "\nSecond save.\n");
        await _changes.Writer.WriteAsync([new SiteChange(path, SiteChangeKind.Changed)]);
        await _target.WaitFor(4);

        Assert.Contains("Second save.", Page(_target.Site!, DopaminePage));
        first.SetResult();
        var second = await _builds.Reader.ReadAsync().AsTask().WaitAsync(Patience);
        Assert.Contains("Second save.", Page(_target.Site!, DopaminePage));
        second.SetResult();
        var last = await _target.WaitFor(6);

        Assert.Equal(["publish", "reload", "publish", "reload", "publish", "publish"], _target.Kinds());
        Assert.IsType<MemorySite>(last.Site);
        Assert.Contains("Second save.", Page(last.Site!, DopaminePage));
    }

    /// <summary>What the loop published and told open pages, in order.</summary>
    private sealed class RecordingTarget : IPreviewTarget, IDisposable
    {
        public sealed record Event(string Kind, ISiteContent? Site, string Errors);

        private readonly List<Event> _events = [];
        private readonly SemaphoreSlim _added = new(0);

        public ISiteContent? Site { get; private set; }

        public void Dispose() => _added.Dispose();

        public void Publish(ISiteContent site)
        {
            lock (_events) { Site = site; _events.Add(new Event("publish", site, "")); }
            _added.Release();
        }

        public void Notify(string errors)
        {
            lock (_events) _events.Add(new Event(errors.Length == 0 ? "reload" : "errors", Site, errors));
            _added.Release();
        }

        public List<string> Kinds()
        {
            lock (_events) return _events.Select(e => e.Kind).ToList();
        }

        /// <summary>Waits until <paramref name="count"/> events were recorded; returns the last.</summary>
        public async Task<Event> WaitFor(int count)
        {
            while (true)
            {
                lock (_events) if (_events.Count >= count) return _events[^1];
                if (!await _added.WaitAsync(Patience)) throw new TimeoutException($"{count} events expected, got: {string.Join(", ", Kinds())}");
            }
        }
    }
}
