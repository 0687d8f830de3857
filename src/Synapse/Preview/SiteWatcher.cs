namespace Synapse.Preview;

/// <summary>Watches input/, theme/ and statiq.json and reports a change once edits have settled.</summary>
internal sealed class SiteWatcher : IDisposable
{
    /// <summary>How long edits must pause before a rebuild, so that a save of several files triggers one rebuild.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(150);

    private static readonly string[] WatchedFolders = ["input", "theme"];

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly SemaphoreSlim _changed = new(0, 1);
    private readonly TimeProvider _time;
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
        w.Changed += OnChange; w.Created += OnChange; w.Deleted += OnChange; w.Renamed += OnChange;
        return w;
    }

    private void OnChange(object sender, FileSystemEventArgs e) => Changed();

    /// <summary>Records a change now (the file-system events call this).</summary>
    internal void Changed()
    {
        Interlocked.Exchange(ref _lastChange, _time.GetTimestamp());
        try { _changed.Release(); }
        catch (SemaphoreFullException) { }
    }

    /// <summary>Waits for a change, then until <see cref="Quiet"/> has passed since the last one.</summary>
    public async Task WaitForChangeAsync(CancellationToken token)
    {
        await _changed.WaitAsync(token);
        for (var since = _time.GetElapsedTime(Interlocked.Read(ref _lastChange)); since < Quiet; since = _time.GetElapsedTime(Interlocked.Read(ref _lastChange)))
            await Task.Delay(Quiet - since, _time, token);
        _changed.Wait(0, CancellationToken.None);
    }

    public void Dispose()
    {
        foreach (var w in _watchers) w.Dispose();
    }
}
