using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Playwright;

namespace Synapse.Verify.Browser;

/// <summary>Everything one verify run saw: the pages, which were reachable from the home page, the sitemap, the findings.</summary>
internal sealed record VerifyResult(
    IReadOnlyDictionary<string, PageVisit> Pages,
    IReadOnlySet<string> Reachable,
    IReadOnlyList<string>? Sitemap,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<string> ExternalLinks,
    int AxeRuns,
    TimeSpan Elapsed)
{
    /// <summary>Requests the browser made while checking pages (every one was routed and checked for its host).</summary>
    public int Requests { get; init; }

    /// <summary>External link URL → the pages that link to it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ExternalLinkPages { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}

/// <summary>
/// Crawls a served site from its home page, every sitemap.xml entry and the extra pages (404.html), several pages at a
/// time in separate browser contexts, then checks the whole site: links and #fragments, assets, the sitemap against
/// what links reach. Per-page checks (axe, console, requests, keyboard, reflow) run in <see cref="PageVisitor"/>.
/// </summary>
internal sealed class SiteVerifier(IBrowser browser, Uri siteUrl, string outputDir, VerifyOptions options)
{
    private readonly Uri _origin = new(siteUrl.GetLeftPart(UriPartial.Authority) + "/");
    private readonly string _basePath = siteUrl.AbsolutePath.EndsWith('/') ? siteUrl.AbsolutePath : siteUrl.AbsolutePath + "/";
    private readonly ConcurrentBag<Finding> _findings = [];
    private readonly ConcurrentDictionary<string, PageVisit> _pages = new(StringComparer.Ordinal);

    public async Task<VerifyResult> RunAsync(CancellationToken token = default)
    {
        var clock = Stopwatch.StartNew();
        var sitemap = Sitemap.Read(outputDir, _basePath);
        var visitor = new PageVisitor(_origin, options, _findings);
        var seeds = new List<string> { "" };
        seeds.AddRange(sitemap ?? []);
        seeds.AddRange(options.ExtraPages.Where(p => File.Exists(Path.Combine(outputDir, p))));
        await CrawlAsync(visitor, seeds, token);
        foreach (var seed in seeds.Where(s => sitemap is null || !sitemap.Contains(s)))
            if (_pages.GetValueOrDefault(seed) is { Loaded: false } failed)
                _findings.Add(new Finding(seed, FindingCodes.PageStatus, $"{SitePath.Display(seed)} answers {failed.Status}."));

        using var http = new HttpClient { BaseAddress = _origin, Timeout = options.PageTimeout };
        var fetcher = new LocalFetcher(http);
        var links = new SiteLinks(_origin, _basePath, _pages, fetcher, _findings);
        await links.CheckAsync();
        var reachable = links.ReachableFrom("");
        CheckSitemap(sitemap, reachable);

        var external = links.ExternalLinks();
        return new VerifyResult(_pages, reachable, sitemap, Sorted(), external.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList(), visitor.AxeRuns, clock.Elapsed)
        {
            ExternalLinkPages = external,
            Requests = visitor.Requests,
        };
    }

    private List<Finding> Sorted() =>
        _findings.OrderBy(f => f.Page, StringComparer.Ordinal).ThenBy(f => f.Code, StringComparer.Ordinal)
            .ThenBy(f => f.Mode, StringComparer.Ordinal).ThenBy(f => f.Message, StringComparer.Ordinal).ToList();

    private async Task CrawlAsync(PageVisitor visitor, IEnumerable<string> seeds, CancellationToken token)
    {
        var queue = Channel.CreateUnbounded<string>();
        var known = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var pending = 0;
        void Enqueue(string page)
        {
            if (!known.TryAdd(page, 0)) return;
            Interlocked.Increment(ref pending);
            queue.Writer.TryWrite(page);
        }
        foreach (var seed in seeds) Enqueue(seed);
        if (pending == 0) return;

        async Task Worker()
        {
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
            {
                ViewportSize = new ViewportSize { Width = ViewMode.DesktopLight.Width, Height = ViewMode.DesktopLight.Height },
                ColorScheme = ColorScheme.Light,
                ServiceWorkers = ServiceWorkerPolicy.Block,
            });
            if (options.AxeModes.Count > 0) await AxeRunner.RegisterAsync(context);
            var tab = await visitor.OpenTabAsync(context);
            await foreach (var page in queue.Reader.ReadAllAsync(token))
            {
                var (visit, usable) = await visitor.VisitAsync(tab, page, new Uri(_origin, _basePath + page));
                if (!usable)
                {
                    await tab.Page.CloseAsync();
                    tab = await visitor.OpenTabAsync(context);
                }
                _pages[page] = visit;
                foreach (var link in visit.Links)
                    if (SiteLinks.PageTarget(link.Url, _origin, _basePath, outputDir) is { } target) Enqueue(target);
                if (Interlocked.Decrement(ref pending) == 0) queue.Writer.TryComplete();
            }
        }
        await Task.WhenAll(Enumerable.Range(0, Math.Max(1, options.Parallel)).Select(_ => Worker()));
    }

    private void CheckSitemap(IReadOnlyList<string>? sitemap, IReadOnlySet<string> reachable)
    {
        if (sitemap is null) return;
        var listed = sitemap.ToHashSet(StringComparer.Ordinal);
        foreach (var page in sitemap)
        {
            var visit = _pages.GetValueOrDefault(page);
            if (visit is { Loaded: false })
                _findings.Add(new Finding(page, FindingCodes.PageStatus, $"Listed in sitemap.xml but answers {visit.Status}."));
            else if (!reachable.Contains(page))
                _findings.Add(new Finding(page, FindingCodes.SitemapOrphan, "Listed in sitemap.xml, but no chain of links leads to it from the home page."));
            if (visit is { Noindex: true })
                _findings.Add(new Finding(page, FindingCodes.SitemapNoindex, "Listed in sitemap.xml, but the page says noindex."));
        }
        foreach (var page in reachable.Where(p => !listed.Contains(p)))
            if (_pages.GetValueOrDefault(page) is { Loaded: true, Noindex: false })
                _findings.Add(new Finding(page, FindingCodes.SitemapMissing, "Linked from the site but missing from sitemap.xml (list it, or mark the page noindex)."));
    }
}
