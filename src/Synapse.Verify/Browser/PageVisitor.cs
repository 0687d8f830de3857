using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Playwright;

namespace Synapse.Verify.Browser;

/// <summary>
/// Checks one page in one load: records its requests (other hosts are blocked and reported), console errors, links,
/// ids and assets; runs axe in each view mode; checks reflow at 320 px; walks it with the keyboard.
/// </summary>
internal sealed class PageVisitor(Uri origin, VerifyOptions options, ConcurrentBag<Finding> findings)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };
    private int _axeRuns;

    public int AxeRuns => _axeRuns;

    public async Task<PageVisit> VisitAsync(IBrowserContext context, string page, Uri url)
    {
        var visit = new PageVisit(page);
        var consoleErrors = new ConcurrentQueue<Finding>();
        var p = await context.NewPageAsync();
        p.SetDefaultTimeout((float)options.PageTimeout.TotalMilliseconds);
        try
        {
            await p.RouteAsync("**/*", async route =>
            {
                if (IsSameSite(route.Request.Url)) { await route.ContinueAsync(); return; }
                findings.Add(new Finding(page, FindingCodes.ThirdPartyRequest, $"The page requested {route.Request.Url} ({route.Request.ResourceType}); only the site's own host may be contacted.")
                    { Target = route.Request.Url });
                await route.AbortAsync("blockedbyclient");
            });
            p.Console += (_, message) =>
            {
                if (message.Type == "error")
                    consoleErrors.Enqueue(new Finding(page, FindingCodes.ConsoleError, $"Console error: {message.Text}" + (message.Location is { Length: > 0 } l ? $" ({l})" : "")) { Target = message.Text });
            };
            p.PageError += (_, error) => consoleErrors.Enqueue(new Finding(page, FindingCodes.ConsoleError, $"Uncaught script error: {error}") { Target = error });
            p.Response += (_, response) =>
            {
                if (response.Status >= 400 && !response.Request.IsNavigationRequest && IsSameSite(response.Url))
                    lock (visit.FailedRequests) visit.FailedRequests.Add((response.Url, $"{response.Status} {response.StatusText}".Trim()));
            };
            p.RequestFailed += (_, request) =>
            {
                if (IsSameSite(request.Url) && request.Failure is { } f && !f.Contains("ERR_ABORTED", StringComparison.Ordinal))
                    lock (visit.FailedRequests) visit.FailedRequests.Add((request.Url, f));
            };

            var clock = System.Diagnostics.Stopwatch.StartNew();
            var times = new List<string>();
            void Lap(string what) { times.Add($"{what} {clock.ElapsedMilliseconds} ms"); clock.Restart(); }
            var response = await p.GotoAsync(url.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            visit.Status = response?.Status ?? 0;
            if (!visit.Loaded) return visit;
            await ReadFactsAsync(p, visit);
            Lap("load");
            await RunAxeAsync(p, page);
            Lap($"axe×{options.AxeModes.Count}");
            if (options.ReflowWidth > 0) await CheckReflowAsync(p, page);
            Lap("reflow");
            if (options.Keyboard) await KeyboardWalk.RunAsync(p, page, findings);
            Lap("keyboard");
            options.Trace?.Invoke($"{SitePath.Display(page)}: {string.Join(", ", times)}");
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            findings.Add(new Finding(page, FindingCodes.PageLoadFailed, $"The page could not be checked: {e.Message.Split('\n')[0]}"));
        }
        finally
        {
            await p.CloseAsync();
        }
        // A page that answered 404 logs "Failed to load resource" for itself: that is the broken link's finding, not this one's.
        if (visit.Loaded)
            foreach (var error in consoleErrors) findings.Add(error);
        return visit;
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

    private async Task RunAxeAsync(IPage p, string page)
    {
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
