using System.Collections.Concurrent;
using Synapse.Diagnostics;
using Synapse.Site;

namespace Synapse.Build;

/// <summary>
/// Kept by `preview` between rebuilds: a page whose source text, URL and link targets (the xref table) are unchanged
/// reuses its rendered Markdown and replays its diagnostics, so a rebuild re-renders only what a change touches.
/// </summary>
internal sealed class BuildCache
{
    private sealed record Entry(string Text, string Url, string Context, RenderedContent Content, IReadOnlyList<Diagnostic> Diagnostics);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private int _hits, _misses;

    public int Hits => _hits;
    public int Misses => _misses;

    public RenderedContent GetOrRender(Page page, string context, DiagnosticBag bag, Func<DiagnosticBag, RenderedContent> render)
    {
        var key = page.Source.File.Path;
        if (_entries.TryGetValue(key, out var hit) && hit.Text == page.Source.File.Text && hit.Url == page.Url && hit.Context == context)
        {
            Interlocked.Increment(ref _hits);
            foreach (var d in hit.Diagnostics) bag.Add(d);
            return hit.Content;
        }
        Interlocked.Increment(ref _misses);
        var local = new DiagnosticBag();
        var content = render(local);
        var diagnostics = local.Sorted();
        foreach (var d in diagnostics) bag.Add(d);
        _entries[key] = new Entry(page.Source.File.Text, page.Url, context, content, diagnostics);
        return content;
    }

    public void ResetCounters() { _hits = 0; _misses = 0; }
}
