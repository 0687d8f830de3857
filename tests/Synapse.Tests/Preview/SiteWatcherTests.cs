using Microsoft.Extensions.Time.Testing;
using Synapse.Preview;
using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Preview;

/// <summary>The watcher waits for edits to settle on a <see cref="TimeProvider"/>, so tests need no wall-clock waits.</summary>
public sealed class SiteWatcherTests
{
    [Fact]
    public async Task A_change_is_reported_only_after_the_quiet_period_since_the_last_change()
    {
        using var temp = new TempFolder();
        var time = new FakeTimeProvider();
        using var watcher = new SiteWatcher(temp.Path, time);

        watcher.Changed();
        var waiting = watcher.WaitForChangeAsync(CancellationToken.None);
        time.Advance(SiteWatcher.Quiet / 2);
        watcher.Changed();
        time.Advance(SiteWatcher.Quiet / 2);
        await Task.Delay(20);
        Assert.False(waiting.IsCompleted);

        time.Advance(SiteWatcher.Quiet);
        await waiting.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_burst_of_changes_is_one_rebuild()
    {
        using var temp = new TempFolder();
        var time = new FakeTimeProvider();
        using var watcher = new SiteWatcher(temp.Path, time);

        for (var i = 0; i < 5; i++) watcher.Changed();
        var first = watcher.WaitForChangeAsync(CancellationToken.None);
        time.Advance(SiteWatcher.Quiet);
        await first.WaitAsync(TimeSpan.FromSeconds(5));

        var second = watcher.WaitForChangeAsync(CancellationToken.None);
        await Task.Delay(20);
        Assert.False(second.IsCompleted);
    }

    [Fact]
    public async Task Changes_made_while_the_caller_was_busy_are_reported_together_with_their_paths()
    {
        using var temp = new TempFolder();
        var time = new FakeTimeProvider();
        using var watcher = new SiteWatcher(temp.Path, time);
        var a = new SiteChange("/site/input/a.md", SiteChangeKind.Changed);
        var b = new SiteChange("/site/input/b.md", SiteChangeKind.Created);

        watcher.Changed(a);
        var first = watcher.WaitForChangeAsync(CancellationToken.None);
        time.Advance(SiteWatcher.Quiet);
        Assert.Equal([a], await first.WaitAsync(TimeSpan.FromSeconds(5)));

        watcher.Changed(b);
        watcher.Changed(a);
        time.Advance(SiteWatcher.Quiet);
        var second = watcher.WaitForChangeAsync(CancellationToken.None);
        Assert.Equal([b, a], await second.WaitAsync(TimeSpan.FromSeconds(5)));
    }
}
