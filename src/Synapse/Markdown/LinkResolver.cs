using Synapse.Diagnostics;
using Synapse.Site;

namespace Synapse.Markdown;

/// <summary>
/// Resolves links written in Markdown to site paths: <c>xref:id#frag</c>, relative paths (<c>../dopamine/</c>,
/// <c>dopamine.md</c>), and root-relative paths. External links (with a scheme) and mailto: are left alone.
/// </summary>
internal sealed class LinkResolver(IReadOnlyDictionary<string, string> xrefs, string basePath)
{
    public string BasePath => basePath;

    /// <summary>Returns the rewritten URL and the internal link to check, or null when the link is external.</summary>
    public (string Url, LinkRef? Link) Resolve(string url, string pageUrl, string sourceFolderUrl, SourceLocation at, DiagnosticBag bag)
    {
        if (url.StartsWith("xref:", StringComparison.OrdinalIgnoreCase))
        {
            var (id, fragment) = SplitFragment(url[5..]);
            if (!xrefs.TryGetValue(id, out var target))
            {
                bag.Error("link/unknown-xref", at, $"xref '{id}' does not match any page id.",
                    "Use a page's slug (its file name without .md) or the value of its 'xref' front-matter key.");
                // No browser follows xref:, so the link is left without a target rather than with a dead one.
                return ("", null);
            }
            return (IO.UrlPath.Join(basePath, target) + (fragment is null ? "" : "#" + fragment), new LinkRef(at, url, target, fragment));
        }
        if (IsExternal(url)) return (url, null);
        if (url.StartsWith('#'))
            return (url, new LinkRef(at, url, pageUrl, Uri.UnescapeDataString(url[1..])));
        var (path, frag) = SplitFragment(url);
        var query = "";
        var q = path.IndexOf('?');
        if (q >= 0) { query = path[q..]; path = path[..q]; }
        // Links to .md files are relative to the source file's folder; other relative links to the page's URL.
        var isFile = path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
        if (isFile)
        {
            var stem = path[..^3];
            var isIndex = stem.Equals("index", StringComparison.OrdinalIgnoreCase) || stem.EndsWith("/index", StringComparison.OrdinalIgnoreCase);
            path = isIndex ? stem[..^5] : stem + "/";
        }
        var sitePath = Combine(path.StartsWith('/') ? "" : isFile ? sourceFolderUrl : pageUrl, path);
        return (IO.UrlPath.Join(basePath, sitePath) + query + (frag is null ? "" : "#" + frag), new LinkRef(at, url, Uri.UnescapeDataString(sitePath), frag));
    }

    public static bool IsExternal(string url) =>
        url.StartsWith("//", StringComparison.Ordinal) || (url.IndexOf(':') is var c and > 0 && url[..c].All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '+' or '-' or '.'));

    private static (string Path, string? Fragment) SplitFragment(string url)
    {
        var hash = url.IndexOf('#');
        return hash < 0 ? (url, null) : (url[..hash], Uri.UnescapeDataString(url[(hash + 1)..]));
    }

    /// <summary>Resolves a relative path against the folder URL of the page (pages live at folder/index.html).</summary>
    private static string Combine(string pageUrl, string relative)
    {
        var segments = new List<string>(pageUrl.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var part in relative.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "..") { if (segments.Count > 0) segments.RemoveAt(segments.Count - 1); }
            else if (part != ".") segments.Add(part);
        }
        var joined = string.Join('/', segments);
        var last = segments.Count == 0 ? "" : segments[^1];
        return joined.Length > 0 && !last.Contains('.') ? joined + "/" : joined;
    }
}
