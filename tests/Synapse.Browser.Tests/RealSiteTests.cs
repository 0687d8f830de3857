using Microsoft.Playwright;
using Synapse.Browser.Tests.Infrastructure;
using Synapse.Verify;
using Synapse.Verify.Browser;

namespace Synapse.Browser.Tests;

/// <summary>
/// The real site, built from input/ and served by the preview server, checked page by page in Chromium.
/// Every test reads the one crawl the fixture made, except the keyboard tests that drive a page themselves.
/// </summary>
[Collection(RealSiteCrawl.Name)]
public sealed class RealSiteTests(RealSiteFixture site)
{
    private List<Finding> Findings(params string[] codes) =>
        site.Result.Findings.Where(f => codes.Any(c => f.Code == c || (c.EndsWith('/') && f.Code.StartsWith(c, StringComparison.Ordinal)))).ToList();

    private static string Show(IEnumerable<Finding> findings) =>
        string.Join("\n", findings.Select(f => $"{SitePath.Display(f.Page)} {f.Code}{(f.Mode is null ? "" : $" [{f.Mode}]")}: {f.Message}"));

    private static void Empty(List<Finding> findings) => Assert.True(findings.Count == 0, "\n" + Show(findings));

    [Fact]
    public void Pages_linked_from_home_are_the_sitemap_plus_noindex_pages_and_404_is_checked_too()
    {
        var sitemap = site.Result.Sitemap!.ToHashSet();
        var reachable = site.Result.Reachable;
        Assert.True(sitemap.Count >= 40, $"sitemap.xml lists only {sitemap.Count} pages");

        // Every sitemap page is reachable by following links from the home page.
        Assert.Empty(sitemap.Except(reachable).Order());
        // Reachable pages missing from the sitemap are exactly those that ask not to be indexed (search/).
        var notListed = reachable.Except(sitemap).Order().ToList();
        var noindex = reachable.Where(p => site.Result.Pages[p].Noindex).Order().ToList();
        Assert.Equal(noindex, notListed);
        Assert.Contains("search/", notListed);
        // 404.html is deliberately neither linked nor listed, but is still checked.
        Assert.DoesNotContain("404.html", reachable);
        Assert.DoesNotContain("404.html", sitemap);
        Assert.True(site.Result.Pages["404.html"].Loaded);
        Empty(Findings("sitemap/", FindingCodes.PageStatus, FindingCodes.PageLoadFailed));
    }

    [Fact]
    public void Every_internal_link_answers_200_and_every_fragment_names_an_element_on_its_page()
    {
        var internalLinks = site.Result.Pages.Values.Sum(p => p.Links.Count(l => l.Url.StartsWith(site.Url.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal)));
        Assert.True(internalLinks > 500, $"only {internalLinks} internal links were seen");
        Empty(Findings(FindingCodes.BrokenLink, FindingCodes.MissingFragment));
    }

    [Fact]
    public void Every_image_stylesheet_script_feed_and_icon_loads()
    {
        var kinds = site.Result.Pages.Values.SelectMany(p => p.Assets).Select(a => a.Kind).ToHashSet();
        Assert.Superset(new HashSet<string> { "stylesheet", "script", "icon", "feed" }, kinds);
        Empty(Findings(FindingCodes.BrokenAsset));
    }

    [Fact]
    public void No_page_logs_a_console_error()
    {
        Empty(Findings(FindingCodes.ConsoleError));
    }

    [Fact]
    public void No_page_breaks_its_content_security_policy()
    {
        Empty(Findings(FindingCodes.CspViolation));
    }

    [Fact]
    public void No_page_requests_anything_from_another_host()
    {
        // Every request went through the route that records and blocks other hosts: at least the page and its stylesheet.
        Assert.True(site.Result.Requests >= 2 * site.Result.Pages.Count, $"only {site.Result.Requests} requests were routed");
        Empty(Findings(FindingCodes.ThirdPartyRequest, FindingCodes.ThirdPartyAsset));
    }

    [Theory]
    [InlineData("desktop-light")]
    [InlineData("desktop-dark")]
    [InlineData("mobile-light")]
    [InlineData("mobile-dark")]
    public void Axe_finds_no_WCAG_2_2_AA_violation_on_any_page(string mode)
    {
        var loaded = site.Result.Pages.Values.Count(p => p.Loaded);
        Assert.Equal(loaded * ViewMode.All.Count, site.Result.AxeRuns);
        Empty(Findings(FindingCodes.AxePrefix).Where(f => f.Mode == mode).ToList());
    }

    [Fact]
    public void On_every_page_the_first_tab_stop_is_a_skip_link_that_moves_focus_to_the_main_content()
    {
        Empty(Findings(FindingCodes.SkipLinkNotFirst, FindingCodes.SkipLinkTarget));
    }

    [Fact]
    public void Focus_is_visible_on_every_tab_stop_of_every_page()
    {
        Empty(Findings(FindingCodes.FocusNotVisible));
    }

    [Fact]
    public void No_page_traps_keyboard_focus()
    {
        Empty(Findings(FindingCodes.KeyboardTrap));
    }

    [Fact]
    public void No_page_scrolls_sideways_at_320_px()
    {
        Empty(Findings(FindingCodes.HorizontalScroll));
    }

    [Fact]
    public async Task Skip_link_is_the_first_tab_stop_and_Enter_moves_focus_to_main_content()
    {
        await using var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url.ToString());

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("a.skip-link #main-content", await page.EvaluateAsync<string>(
            "() => document.activeElement.tagName.toLowerCase() + '.' + document.activeElement.className + ' ' + document.activeElement.getAttribute('href')"));
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.getBoundingClientRect().top >= 0"), "the focused skip link is off screen");

        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.id === 'main-content'");
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.getElementById('main-content').contains(document.activeElement)"),
            "after the skip link, Tab should continue inside the main content");
    }

    [Fact]
    public async Task Search_box_is_reached_with_Tab_and_typing_serotonin_shows_results()
    {
        await using var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url.ToString());

        var presses = 0;
        while (await page.EvaluateAsync<string>("() => document.activeElement.id") != "site-search-q")
        {
            Assert.True(++presses <= 30, "the search box (#site-search-q) was not reached within 30 Tab presses");
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.True(await page.EvaluateAsync<bool>("() => !!document.activeElement.closest('form[role=search]')"), "the search box is not inside form[role=search]");

        await page.Keyboard.TypeAsync("serotonin");
        var results = page.Locator("[role=listbox], [data-search-results]").Filter(new() { HasText = "Serotonin" });
        await results.First.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 5000 });
        Assert.True(await results.First.Locator("a, [role=option]").CountAsync() > 0, "the results show no link or option to choose");
    }

    [Fact]
    public async Task Search_page_does_not_move_when_its_script_arrives_after_the_first_paint()
    {
        // A phone-sized window, and search.js held back until the page has painted, as on a slow connection.
        await using var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 412, Height = 823 } });
        var page = await context.NewPageAsync();
        await page.RouteAsync("**/assets/search.js", async route =>
        {
            await Task.Delay(500);
            await route.ContinueAsync();
        });
        await page.GotoAsync(new Uri(site.Url, "search/").ToString());
        await page.WaitForFunctionAsync("() => window.synapseSearch === 1");

        var shifts = await page.EvaluateAsync<string[]>("""
            () => new Promise(done => {
              const shifts = [];
              new PerformanceObserver(list => list.getEntries().forEach(e => shifts.push(
                e.value.toFixed(3) + ' ' + e.sources.map(s => s.node?.className || s.node?.nodeName).join(', ')))).observe({ type: 'layout-shift', buffered: true });
              requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => done(shifts), 100)));
            })
            """);
        Assert.True(shifts.Length == 0, "layout shifts (value, what moved): " + string.Join("; ", shifts));
        Assert.False(await page.Locator("[data-search-fallback]").IsVisibleAsync(), "with JavaScript the links for readers without it should not show");
    }

    [Fact]
    public async Task Search_page_shows_title_and_summary_matches_at_the_first_keystroke_before_any_index_file_arrives()
    {
        // Every file the full ranking fetches is held until the early matches are on screen, as on a slow connection.
        await using var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var release = new TaskCompletionSource();
        var held = new List<string>();
        await page.RouteAsync("**/search-index/**", async route =>
        {
            if (!route.Request.Url.EndsWith("/page.js", StringComparison.Ordinal))
            {
                lock (held) held.Add(new Uri(route.Request.Url).AbsolutePath);
                await release.Task;
            }
            await route.ContinueAsync();
        });
        await page.GotoAsync(new Uri(site.Url, "search/").ToString());
        await page.FocusAsync("#search-page-q");
        await page.Keyboard.TypeAsync("sero");

        var first = page.Locator("#search-page-results .search__result a").First;
        await first.WaitForAsync(new() { Timeout = 10_000 });
        Assert.EndsWith("/neurotransmitters/serotonin/", await first.GetAttributeAsync("href"), StringComparison.Ordinal);
        Assert.Equal("true", await page.GetAttributeAsync("#search-page-results", "aria-busy"));
        Assert.Equal("", await page.TextContentAsync(".search--page [role=status]"));

        release.SetResult();
        await page.WaitForFunctionAsync("() => /^\\d+ results? for “sero”$/.test(document.querySelector('.search--page [role=status]').textContent)");
        Assert.Null(await page.GetAttributeAsync("#search-page-results", "aria-busy"));
        Assert.EndsWith("/neurotransmitters/serotonin/", await first.GetAttributeAsync("href"), StringComparison.Ordinal);
        lock (held) Assert.Contains(held, f => f.Contains("/search-index/t/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_javascript_the_search_page_shows_the_links_to_the_sections()
    {
        await using var context = await site.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(site.Url, "search/").ToString());

        var fallback = page.Locator("[data-search-fallback]");
        Assert.True(await fallback.IsVisibleAsync(), "the links to the section pages are not shown without JavaScript");
        Assert.Equal(4, await fallback.Locator("a:visible").CountAsync());
    }
}
