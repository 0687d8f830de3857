using Synapse.Build;

namespace Synapse.Preview;

/// <summary>Where the preview loop sends what it builds: the server, which serves the site and tells open pages.</summary>
internal interface IPreviewTarget
{
    /// <summary>Serves <paramref name="site"/> from now on.</summary>
    void Publish(ISiteContent site);

    /// <summary>Tells open pages to reload (no errors) or to show the errors overlay.</summary>
    void Notify(string errors);
}

/// <summary>
/// `preview`'s rebuild loop. On a change it first tries the fast path (<see cref="FastPageRender"/>): the edited pages
/// re-rendered against the last good site and served at once, with a reload. Then the full build runs in the background;
/// changes arriving meanwhile are rendered fast too, and give one more full build when it ends. A full build's site
/// replaces the fast one, and open pages reload again only if a page the fast path served came out different. A full
/// build with errors puts the last good site back and shows the errors overlay.
/// </summary>
internal sealed class PreviewLoop(
    Func<CancellationToken, Task<(BuildResult Result, MemorySite? Site)>> build,
    FastPageRender fast,
    IPreviewTarget target,
    PreviewBase? first)
{
    private PreviewBase? _base = first;
    private List<SiteChange> _unreflected = [];
    private List<SiteChange> _duringBuild = [];
    private FastRenderOutcome? _served;
    private bool _lastFailed;
    private bool _building;
    private long? _lastFast;

    /// <summary>Called after each full build (stale ones too), for the report.</summary>
    public Action<BuildResult> BuildReported { get; init; } = _ => { };

    /// <summary>Called when the fast path served pages: the outcome, the number of pages of the site and the time it took.</summary>
    public Action<FastRenderOutcome, int, TimeSpan> FastReported { get; init; } = (_, _, _) => { };

    public int Rebuilds { get; private set; }

    /// <summary>
    /// How long after the fast path served pages the full build waits before it starts, so that the reload it asked for
    /// has the processor to itself; changes in the meantime join that build.
    /// </summary>
    public TimeSpan Grace { get; init; } = DefaultGrace;

    public static readonly TimeSpan DefaultGrace = TimeSpan.FromMilliseconds(500);

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Runs until <paramref name="token"/> is cancelled; <paramref name="nextChanges"/> waits for the next batch of changes.</summary>
    public async Task RunAsync(Func<CancellationToken, Task<IReadOnlyList<SiteChange>>> nextChanges, CancellationToken token)
    {
        Task<IReadOnlyList<SiteChange>>? waiting = null;
        Task<(BuildResult Result, MemorySite? Site)>? building = null;
        Task? grace = null; // a full build is due when it ends
        var again = false;
        while (!token.IsCancellationRequested)
        {
            try
            {
                waiting ??= nextChanges(token);
                var other = (Task?)building ?? grace;
                var next = other is null ? waiting : await Task.WhenAny(waiting, other);
                if (next == waiting)
                {
                    var changes = await waiting;
                    waiting = null;
                    OnChanges(changes);
                    if (building is not null) again = true;
                    else grace ??= BuildDue(token);
                }
                else if (next == grace)
                {
                    await grace;
                    grace = null;
                    building = StartBuild(token);
                }
                else
                {
                    var (result, site) = await building!;
                    building = null;
                    OnBuilt(result, site);
                    if (again) grace = BuildDue(token);
                    again = false;
                }
            }
            catch (OperationCanceledException) { break; }
        }
    }

    /// <summary>Ends when the next full build may start: at once, or <see cref="Grace"/> after the fast path last served pages.</summary>
    private Task BuildDue(CancellationToken token)
    {
        var wait = _lastFast is { } at ? Grace - Time.GetElapsedTime(at) : TimeSpan.Zero;
        return wait > TimeSpan.Zero ? Task.Delay(wait, Time, token) : Task.CompletedTask;
    }

    private Task<(BuildResult Result, MemorySite? Site)> StartBuild(CancellationToken token)
    {
        _duringBuild = [];
        _building = true;
        return build(token);
    }

    private void OnChanges(IReadOnlyList<SiteChange> changes)
    {
        _unreflected.AddRange(changes);
        if (_building) _duringBuild.AddRange(changes);
        if (_lastFailed || _base is null) return;
        var started = Time.GetTimestamp();
        var outcome = fast.Render(_base, _unreflected);
        if (!outcome.Served) return;
        _served = outcome;
        target.Publish(new PatchedSite(_base.Site, outcome.Files));
        target.Notify("");
        _lastFast = Time.GetTimestamp();
        FastReported(outcome, _base.Model.Pages.Count, Time.GetElapsedTime(started));
    }

    private void OnBuilt(BuildResult result, MemorySite? site)
    {
        _building = false;
        Rebuilds++;
        BuildReported(result);
        var stale = _duringBuild.Count > 0;
        if (PreviewBase.From(result, site) is not { } built)
        {
            _lastFailed = true;
            // Pages the fast path served step back to the last good build: a site with errors is never served.
            if (_served is not null && _base is not null) target.Publish(_base.Site);
            _served = null;
            if (!stale) target.Notify(Errors(result));
            return;
        }
        var served = _served;
        _base = built;
        _lastFailed = false;
        _unreflected = _duringBuild;
        _served = null;
        if (stale)
        {
            // Changes arrived during the build: serve it with their pages rendered on top; the next build reports.
            var outcome = fast.Render(built, _unreflected);
            _served = outcome.Served ? outcome : null;
            target.Publish(outcome.Served ? new PatchedSite(built.Site, outcome.Files) : built.Site);
            return;
        }
        target.Publish(built.Site);
        if (served is null || Differs(served, built.Site)) target.Notify("");
    }

    /// <summary>True when the full build made any page the fast path served differently (or not at all).</summary>
    public static bool Differs(FastRenderOutcome served, ISiteContent site) =>
        served.Files.Any(f => site.Get(f.Key) is not { } now || !now.Bytes.AsSpan().SequenceEqual(f.Value.Bytes));

    private static string Errors(BuildResult result) =>
        string.Join("\n", result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
}
