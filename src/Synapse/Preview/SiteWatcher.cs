namespace Synapse.Preview;

/// <summary>One file-system event under the site root: the full path and whether the file appeared or went away.</summary>
internal sealed record SiteChange(string FullPath, SiteChangeKind Kind)
{
    /// <summary>A change with no known path (a watcher overflow, or a test): only a full build is safe.</summary>
    public static SiteChange Unknown { get; } = new("", SiteChangeKind.Changed);
}

internal enum SiteChangeKind { Changed, Created, Deleted }

/// <summary>
/// Watches input/, theme/ and statiq.json and reports what changed once edits have settled for <see cref="Quiet"/>.
/// Changes that arrive while the caller is busy (a build) are kept and reported together by the next wait.
/// </summary>
internal sealed class SiteWatcher : IDisposable
{
    /// <summary>
    /// How long edits must pause before they are reported: long enough that one save (truncate, write, close: several
    /// events within a millisecond or two) or an editor's "save all" is one report, short enough not to be noticed.
    /// </summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(10);

    private static readonly string[] WatchedFolders = ["input", "theme"];

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly SemaphoreSlim _changed = new(0, 1);
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();
    private List<SiteChange> _pending = [];
    private long _lastChange;

    public SiteWatcher(string root, TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
        foreach (var dir in WatchedFolders.Select(d => Path.Combine(root, d)).Where(Directory.Exists))
            _watchers.Add(Watch(dir, "*", true));
        _watchers.Add(Watch(root, "statiq.json", false));
    }

    private FileSystemWatcher Watch(string dir, string filter, bool recursive)
    {
        var w = new FileSystemWatcher(dir, filter) { IncludeSubdirectories = recursive, EnableRaisingEvents = true };
        w.Changed += (_, e) => Changed(new SiteChange(e.FullPath, SiteChangeKind.Changed));
        w.Created += (_, e) => Changed(new SiteChange(e.FullPath, SiteChangeKind.Created));
        w.Deleted += (_, e) => Changed(new SiteChange(e.FullPath, SiteChangeKind.Deleted));
        w.Renamed += (_, e) =>
        {
            Changed(new SiteChange(e.OldFullPath, SiteChangeKind.Deleted));
            Changed(new SiteChange(e.FullPath, SiteChangeKind.Created));
        };
        w.Error += (_, _) => Changed();
        return w;
    }

    /// <summary>Records a change that names no file (a full build follows).</summary>
    internal void Changed() => Changed(SiteChange.Unknown);

    /// <summary>Records a change now (the file-system events call this).</summary>
    internal void Changed(SiteChange change)
    {
        lock (_lock) _pending.Add(change);
        Interlocked.Exchange(ref _lastChange, _time.GetTimestamp());
        try { _changed.Release(); }
        catch (SemaphoreFullException) { }
    }

    /// <summary>Waits for a change, then until <see cref="Quiet"/> has passed since the last one; returns every change since the last report.</summary>
    public async Task<IReadOnlyList<SiteChange>> WaitForChangeAsync(CancellationToken token)
    {
        while (true)
        {
            await _changed.WaitAsync(token);
            for (var since = _time.GetElapsedTime(Interlocked.Read(ref _lastChange)); since < Quiet; since = _time.GetElapsedTime(Interlocked.Read(ref _lastChange)))
                await Task.Delay(Quiet - since, _time, token);
            _changed.Wait(0, CancellationToken.None);
            List<SiteChange> changes;
            lock (_lock) (changes, _pending) = (_pending, []);
            // A change recorded between the two lines above was taken with this report; its signal finds nothing next time.
            if (changes.Count > 0) return changes;
        }
    }

    public void Dispose()
    {
        foreach (var w in _watchers) w.Dispose();
    }
}
