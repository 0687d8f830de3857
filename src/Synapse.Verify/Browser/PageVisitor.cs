using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Playwright;

namespace Synapse.Verify.Browser;

/// <summary>
/// Checks pages one load each: records their requests (other hosts are blocked and reported), console errors, links,
/// ids and assets; runs axe in each view mode; checks reflow at 320 px; walks it with the keyboard.
/// </summary>
internal sealed class PageVisitor(Uri origin, VerifyOptions options, ConcurrentBag<Finding> findings)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };
    private int _axeRuns;
    private int _requests;

    public int AxeRuns => _axeRuns;

    /// <summary>Requests the browser made, all passed through the route that blocks other hosts.</summary>
    public int Requests => _requests;

    /// <summary>
    /// A browser tab that one worker reuses for page after page: same-site navigations keep its renderer, so the axe
    /// script compiled on the first page is reused on the next. Listeners report to the visit in progress.
    /// </summary>
    internal sealed class Tab(IPage page)
    {
        public IPage Page { get; } = page;
        public PageVisit? Visit { get; set; }
        public ConcurrentQueue<Finding> ConsoleErrors { get; set; } = new();
    }

    public async Task<Tab> OpenTabAsync(IBrowserContext context)
    {
        var p = await context.NewPageAsync();
        p.SetDefaultTimeout((float)options.PageTimeout.TotalMilliseconds);
        var tab = new Tab(p);
        await p.RouteAsync("**/*", async route =>
        {
            Interlocked.Increment(ref _requests);
            if (IsSameSite(route.Request.Url)) { await route.ContinueAsync(); return; }
            findings.Add(new Finding(tab.Visit?.Page ?? "", FindingCodes.ThirdPartyRequest,
                $"The page requested {route.Request.Url} ({route.Request.ResourceType}); only the site's own host may be contacted.") { Target = route.Request.Url });
            await route.AbortAsync("blockedbyclient");
        });
        p.Console += (_, message) =>
        {
            // Chromium reports each Content-Security-Policy violation as a console error that names the policy.
            if (message.Type == "error" && tab.Visit is { } csp && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
                tab.ConsoleErrors.Enqueue(new Finding(csp.Page, FindingCodes.CspViolation, $"Content-Security-Policy violation: {message.Text}") { Target = message.Text });
            else if (message.Type == "error" && tab.Visit is { } v)
                tab.ConsoleErrors.Enqueue(new Finding(v.Page, FindingCodes.ConsoleError,
                    $"Console error: {message.Text}" + (message.Location is { Length: > 0 } l ? $" ({l})" : "")) { Target = message.Text });
        };
        p.PageError += (_, error) =>
        {
            if (tab.Visit is { } v) tab.ConsoleErrors.Enqueue(new Finding(v.Page, FindingCodes.ConsoleError, $"Uncaught script error: {error}") { Target = error });
        };
        p.Response += (_, response) =>
        {
            if (tab.Visit is { } v && response.Status >= 400 && !response.Request.IsNavigationRequest && IsSameSite(response.Url))
                lock (v.FailedRequests) v.FailedRequests.Add((response.Url, $"{response.Status} {response.StatusText}".Trim()));
        };
        p.RequestFailed += (_, request) =>
        {
            if (tab.Visit is { } v && IsSameSite(request.Url) && request.Failure is { } f && !f.Contains("ERR_ABORTED", StringComparison.Ordinal))
                lock (v.FailedRequests) v.FailedRequests.Add((request.Url, f));
        };
        return tab;
    }

    /// <summary>Loads one page in the tab and runs every per-page check. Returns false when the tab should be replaced.</summary>
    public async Task<(PageVisit Visit, bool TabUsable)> VisitAsync(Tab tab, string page, Uri url)
    {
        var visit = new PageVisit(page);
        tab.Visit = visit;
        tab.ConsoleErrors = new ConcurrentQueue<Finding>();
        var p = tab.Page;
        var usable = true;
        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var times = new List<string>();
            void Lap(string what) { times.Add($"{what} {clock.ElapsedMilliseconds} ms"); clock.Restart(); }
            var response = await p.GotoAsync(url.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            visit.Status = response?.Status ?? 0;
            if (!visit.Loaded) return (visit, true);
            await ReadFactsAsync(p, visit);
            Lap("load");
            var axeTimes = await RunAxeAsync(p, page);
            Lap($"axe ({axeTimes})");
            if (options.ReflowWidth > 0) await CheckReflowAsync(p, page);
            Lap("reflow");
            if (options.Keyboard) await KeyboardWalk.RunAsync(p, page, findings);
            Lap("keyboard");
            options.Trace?.Invoke($"{SitePath.Display(page)}: {string.Join(", ", times)}");
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            findings.Add(new Finding(page, FindingCodes.PageLoadFailed, $"The page could not be checked: {e.Message.Split('\n')[0]}"));
            usable = false;
        }
        finally
        {
            tab.Visit = null;
        }
        // A page that answered 404 logs "Failed to load resource" for itself: that is the broken link's finding, not this one's.
        if (visit.Loaded)
            foreach (var error in tab.ConsoleErrors) findings.Add(error);
        return (visit, usable);
    }

    private bool IsSameSite(string url) =>
        !Uri.TryCreate(url, UriKind.Absolute, out var u) || u.Scheme is "data" or "blob" or "about"
        || Uri.Compare(u, origin, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;

    private static async Task ReadFactsAsync(IPage p, PageVisit visit)
    {
        var facts = JsonSerializer.Deserialize<FactsDto>(await p.EvaluateAsync<string>(Scripts.Facts), Json)!;
        visit.Title = facts.Title;
        visit.Noindex = facts.Noindex;
        visit.Links = facts.Links;
        visit.Ids = facts.Ids.ToHashSet(StringComparer.Ordinal);
        visit.Assets = facts.Assets;
        visit.BrokenImages = facts.BrokenImages;
    }

    private async Task<string> RunAxeAsync(IPage p, string page)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var times = new List<string>();
        var current = ViewMode.DesktopLight;
        foreach (var mode in options.AxeModes)
        {
            if (mode.Width != current.Width || mode.Height != current.Height)
                await p.SetViewportSizeAsync(mode.Width, mode.Height);
            if (mode.Scheme != current.Scheme)
                await p.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = mode.Scheme });
            current = mode;
            await AxeRunner.InjectAsync(p);
            var violations = await AxeRunner.RunAsync(p, options.AxeTags, mode.ColourRulesOnly && !options.FullAxeInEveryMode ? ViewMode.ColourRules : null);
            Interlocked.Increment(ref _axeRuns);
            times.Add($"{mode.Name} {clock.ElapsedMilliseconds}");
            clock.Restart();
            foreach (var v in violations)
            {
                var nodes = v.Nodes.Take(3).Select(n => $"{n.Target} {Shorten(n.Html)}");
                var more = v.Nodes.Count > 3 ? $" and {v.Nodes.Count - 3} more" : "";
                findings.Add(new Finding(page, FindingCodes.AxePrefix + v.Id, $"{v.Help} ({v.Impact}; {v.HelpUrl}): {string.Join("; ", nodes)}{more}")
                    { Target = v.Id, Mode = mode.Name });
            }
        }
        if (current != ViewMode.DesktopLight)
        {
            await p.SetViewportSizeAsync(ViewMode.DesktopLight.Width, ViewMode.DesktopLight.Height);
            await p.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Light });
        }
        return string.Join(", ", times);
    }

    private async Task CheckReflowAsync(IPage p, string page)
    {
        await p.SetViewportSizeAsync(options.ReflowWidth, 640);
        var result = JsonSerializer.Deserialize<OverflowDto>(await p.EvaluateAsync<string>(Scripts.Overflow), Json)!;
        if (result.Overflows)
            findings.Add(new Finding(page, FindingCodes.HorizontalScroll,
                $"At {options.ReflowWidth} px wide the page scrolls sideways (content is {result.ScrollWidth} px wide); too wide: {string.Join("; ", result.Culprits)}")
                { Target = string.Join("; ", result.Culprits) });
        await p.SetViewportSizeAsync(ViewMode.DesktopLight.Width, ViewMode.DesktopLight.Height);
    }

    private static string Shorten(string html)
    {
        var flat = string.Join(' ', html.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 120 ? flat : flat[..117] + "...";
    }

    private sealed record FactsDto(List<LinkFact> Links, List<string> Ids, List<AssetFact> Assets, List<string> BrokenImages, bool Noindex, string Title);

    private sealed record OverflowDto(bool Overflows, int ScrollWidth, int Width, List<string> Culprits);
}
