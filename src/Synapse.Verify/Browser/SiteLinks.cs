using System.Collections.Concurrent;

namespace Synapse.Verify.Browser;

/// <summary>
/// Whole-site link checks over the crawled pages: every internal link answers 200 and its #fragment names an element
/// on the target page; every image, stylesheet, script, feed and icon loads with a fitting content type and comes
/// from the site's own host; which pages links reach from the home page; which external URLs are linked where.
/// </summary>
internal sealed class SiteLinks(Uri origin, string basePath, IReadOnlyDictionary<string, PageVisit> pages, LocalFetcher fetcher, ConcurrentBag<Finding> findings)
{
    /// <summary>The page path a link leads to when it is an internal link to an HTML page, else null.</summary>
    public static string? PageTarget(string url, Uri origin, string basePath, string outputDir)
    {
        if (!IsInternal(url, origin, out var uri)) return null;
        var path = SitePath.FromUrlPath(uri.AbsolutePath, basePath);
        if (path is null || !LooksLikePage(path)) return null;
        if (path.Length > 0 && !path.EndsWith('/') && !path.EndsWith(".html", StringComparison.Ordinal)
            && File.Exists(Path.Combine(outputDir, path, "index.html")))
            return path + "/";
        return path;
    }

    private static bool LooksLikePage(string path) =>
        path.Length == 0 || path.EndsWith('/') || path.EndsWith(".html", StringComparison.Ordinal) || !Path.HasExtension(path.Split('/')[^1]);

    private static bool IsInternal(string url, Uri origin, out Uri uri)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out uri!)) return false;
        return uri.Scheme is "http" or "https"
            && Uri.Compare(uri, origin, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;
    }

    public async Task CheckAsync()
    {
        var work = new List<Task>();
        foreach (var visit in pages.Values.Where(v => v.Loaded))
        {
            foreach (var link in visit.Links) work.Add(CheckLinkAsync(visit, link));
            foreach (var asset in visit.Assets.DistinctBy(a => a.Url)) work.Add(CheckAssetAsync(visit, asset));
            foreach (var image in visit.BrokenImages.Distinct())
                findings.Add(new Finding(visit.Page, FindingCodes.BrokenAsset, $"Image {image} did not load (the browser could not show it).") { Target = image });
            foreach (var (url, reason) in visit.FailedRequests.DistinctBy(r => r.Url))
                if (!visit.Assets.Any(a => a.Url == url))
                    findings.Add(new Finding(visit.Page, FindingCodes.BrokenAsset, $"The browser's request for {url} failed: {reason}.") { Target = url });
        }
        await Task.WhenAll(work);
    }

    private async Task CheckLinkAsync(PageVisit visit, LinkFact link)
    {
        if (!IsInternal(link.Url, origin, out var uri)) return;
        var fragment = uri.Fragment.Length > 1 ? Uri.UnescapeDataString(uri.Fragment[1..]) : "";
        var path = SitePath.FromUrlPath(uri.AbsolutePath, basePath);
        if (path is null)
        {
            findings.Add(new Finding(visit.Page, FindingCodes.BrokenLink, $"Link \"{link.Text}\" to {link.Raw} points outside the site's base path {basePath}.") { Target = link.Raw });
            return;
        }
        var target = LooksLikePage(path) ? pages.GetValueOrDefault(path) ?? pages.GetValueOrDefault(path + "/") : null;
        if (target is not null)
        {
            if (!target.Loaded)
                findings.Add(new Finding(visit.Page, FindingCodes.BrokenLink, $"Link \"{link.Text}\" to {link.Raw} answers {target.Status}.") { Target = link.Raw });
            else if (fragment.Length > 0 && !target.Ids.Contains(fragment))
                findings.Add(new Finding(visit.Page, FindingCodes.MissingFragment,
                    $"Link \"{link.Text}\" to {link.Raw}: {SitePath.Display(target.Page)} has no element with id \"{fragment}\".") { Target = link.Raw });
            return;
        }
        var fetched = await fetcher.GetAsync(uri);
        if (fetched.Status != 200)
            findings.Add(new Finding(visit.Page, FindingCodes.BrokenLink, $"Link \"{link.Text}\" to {link.Raw} answers {fetched.Describe()}.") { Target = link.Raw });
    }

    private async Task CheckAssetAsync(PageVisit visit, AssetFact asset)
    {
        if (!Uri.TryCreate(asset.Url, UriKind.Absolute, out var uri) || uri.Scheme is "data" or "blob") return;
        if (!IsInternal(asset.Url, origin, out _))
        {
            findings.Add(new Finding(visit.Page, FindingCodes.ThirdPartyAsset,
                $"The page loads a {asset.Kind} from another host: {asset.Url}. Serve it from the site instead.") { Target = asset.Url });
            return;
        }
        var fetched = await fetcher.GetAsync(uri);
        var problem = fetched.Status != 200 ? $"answers {fetched.Describe()}"
            : fetched.Length == 0 ? "is empty"
            : !FitsKind(asset.Kind, fetched.ContentType) ? $"is served as {fetched.ContentType}, which a browser will not use as a {asset.Kind}"
            : null;
        if (problem is not null)
            findings.Add(new Finding(visit.Page, FindingCodes.BrokenAsset, $"The {asset.Kind} {uri.PathAndQuery} {problem}.") { Target = uri.PathAndQuery });
    }

    private static bool FitsKind(string kind, string type) => kind switch
    {
        "stylesheet" => type == "text/css",
        "script" => type.Contains("javascript", StringComparison.Ordinal),
        "image" or "icon" => type.StartsWith("image/", StringComparison.Ordinal),
        "feed" => type.Contains("xml", StringComparison.Ordinal),
        _ => true,
    };

    /// <summary>Pages that load (200) and are reached from <paramref name="start"/> by following internal links.</summary>
    public IReadOnlySet<string> ReachableFrom(string start)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        if (pages.ContainsKey(start)) { reached.Add(start); queue.Enqueue(start); }
        while (queue.TryDequeue(out var page))
        {
            if (pages.GetValueOrDefault(page) is not { Loaded: true } visit) continue;
            foreach (var link in visit.Links)
            {
                if (!IsInternal(link.Url, origin, out var uri)) continue;
                var path = SitePath.FromUrlPath(uri.AbsolutePath, basePath);
                if (path is null || !LooksLikePage(path)) continue;
                var target = pages.ContainsKey(path) ? path : pages.ContainsKey(path + "/") ? path + "/" : null;
                if (target is not null && pages[target].Loaded && reached.Add(target)) queue.Enqueue(target);
            }
        }
        return reached;
    }

    /// <summary>http(s) links to other hosts, each with the pages that link to it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ExternalLinks() =>
        pages.Values.Where(v => v.Loaded)
            .SelectMany(v => v.Links.Where(l => Uri.TryCreate(l.Url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https" && !IsInternal(l.Url, origin, out _))
                .Select(l => (Url: new Uri(l.Url).GetLeftPart(UriPartial.Query), v.Page)))
            .GroupBy(x => x.Url, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(x => x.Page).Distinct().Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
}
