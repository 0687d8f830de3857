using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Synapse.Diagnostics;
using Synapse.Site;

namespace Synapse.Build;

/// <summary>
/// Kept by `preview` between rebuilds: a page reuses its rendered Markdown and replays its diagnostics only when
/// everything it read is unchanged — its file, its URL and whether it is an article, and the site inputs every page
/// may read (<see cref="SiteInputs"/>: settings, bibliography, glossary and other data files, the xref table). Layouts
/// are applied to every page on every build, so a layout change needs no key.
/// </summary>
internal sealed class BuildCache
{
    private sealed record Entry(string Text, string Url, bool IsArticle, string Inputs, RenderedContent Content, IReadOnlyList<Diagnostic> Diagnostics);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private int _hits, _misses;

    public int Hits => _hits;
    public int Misses => _misses;

    public RenderedContent GetOrRender(Page page, string inputs, DiagnosticBag bag, Func<DiagnosticBag, RenderedContent> render)
    {
        var key = page.Source.File.Path;
        if (_entries.TryGetValue(key, out var hit) && hit.Text == page.Source.File.Text && hit.Url == page.Url && hit.IsArticle == page.IsArticle && hit.Inputs == inputs)
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
        _entries[key] = new Entry(page.Source.File.Text, page.Url, page.IsArticle, inputs, content, diagnostics);
        return content;
    }

    public void ResetCounters() { _hits = 0; _misses = 0; }

    /// <summary>
    /// A fingerprint of the site-wide inputs a page's Markdown may read: statiq.json and the base path (settings),
    /// every data file under input/_data (bibliography, glossary, synonyms) and the xref table.
    /// </summary>
    public static string SiteInputs(string root, string basePath, IReadOnlyDictionary<string, string> xrefs)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));
        Add(basePath);
        foreach (var (id, url) in xrefs.OrderBy(x => x.Key, StringComparer.Ordinal)) Add(id + "=" + url);
        var settings = Path.Combine(root, "statiq.json");
        if (File.Exists(settings)) hash.AppendData(File.ReadAllBytes(settings));
        var data = Path.Combine(root, "input", "_data");
        if (Directory.Exists(data))
            foreach (var file in Directory.EnumerateFiles(data, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                Add(Path.GetRelativePath(data, file));
                hash.AppendData(File.ReadAllBytes(file));
            }
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
