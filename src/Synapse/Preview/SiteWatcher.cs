namespace Synapse.Preview;

/// <summary>Watches input/, theme/ and statiq.json (not output/) and reports a change once edits have settled.</summary>
internal sealed class SiteWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly SemaphoreSlim _changed = new(0);
    private readonly string _output;

    public SiteWatcher(string root, string output)
    {
        _output = Path.GetFullPath(output);
        foreach (var dir in new[] { "input", "theme" }.Select(d => Path.Combine(root, d)).Where(Directory.Exists))
            _watchers.Add(Watch(dir, "*", true));
        _watchers.Add(Watch(root, "statiq.json", false));
    }

    private FileSystemWatcher Watch(string dir, string filter, bool recursive)
    {
        var w = new FileSystemWatcher(dir, filter) { IncludeSubdirectories = recursive, EnableRaisingEvents = true };
        w.Changed += OnChange; w.Created += OnChange; w.Deleted += OnChange; w.Renamed += OnChange;
        return w;
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        if (Path.GetFullPath(e.FullPath).StartsWith(_output, StringComparison.Ordinal)) return;
        _changed.Release();
    }

    /// <summary>Waits for a change, then for 150 ms of quiet so that a save of several files triggers one rebuild.</summary>
    public async Task WaitForChangeAsync(CancellationToken token)
    {
        await _changed.WaitAsync(token);
        while (await _changed.WaitAsync(150, token)) { }
    }

    public void Dispose()
    {
        foreach (var w in _watchers) w.Dispose();
    }
}
