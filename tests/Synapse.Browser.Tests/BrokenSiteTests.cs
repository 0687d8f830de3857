using Synapse.Browser.Tests.Infrastructure;
using Synapse.Verify;
using Synapse.Verify.Browser;

namespace Synapse.Browser.Tests;

/// <summary>Serves tests/fixtures/broken-a11y-site once and runs every browser check over it.</summary>
public sealed class BrokenSiteFixture : IAsyncLifetime
{
    internal VerifyResult Result { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await using var site = await LocalSite.StartAsync(Repo.BrokenSite, "/");
        var browser = await SharedBrowser.GetAsync();
        Result = await new SiteVerifier(browser, site.Url, Repo.BrokenSite, new VerifyOptions()).RunAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

/// <summary>The checker itself: each problem planted in the fixture site is reported by name, and nothing else is.</summary>
public sealed class BrokenSiteTests(BrokenSiteFixture fixture) : IClassFixture<BrokenSiteFixture>
{
    private static readonly string[] ConsoleErrorPages = ["console/", "other-host/"];

    private IReadOnlyList<Finding> All => fixture.Result.Findings;

    private string Listing => "\n" + string.Join("\n", All.Select(f => $"{SitePath.Display(f.Page)} {f.Code} [{f.Mode}] {f.Message}"));

    [Fact]
    public void Reports_the_broken_link_to_a_page_that_does_not_exist()
    {
        var finding = Assert.Single(All, f => f.Code == FindingCodes.BrokenLink);
        Assert.Equal("", finding.Page);
        Assert.Equal("/missing-page/", finding.Target);
        Assert.Contains("404", finding.Message);
    }

    [Fact]
    public void Reports_the_link_to_a_fragment_that_is_not_on_the_target_page()
    {
        var finding = Assert.Single(All, f => f.Code == FindingCodes.MissingFragment);
        Assert.Equal("", finding.Page);
        Assert.Equal("/about/#no-such-section", finding.Target);
        Assert.Contains("no-such-section", finding.Message);
    }

    [Fact]
    public void Reports_the_image_without_alt_text_at_desktop_and_mobile_width()
    {
        var findings = All.Where(f => f.Code == "a11y/image-alt").ToList();
        Assert.Equal(["desktop-light", "mobile-light"], findings.Select(f => f.Mode!).Order());
        Assert.All(findings, f => Assert.Contains("diagram.svg", f.Message));
    }

    [Fact]
    public void Reports_low_contrast_text_in_each_colour_scheme_where_it_is_faint()
    {
        var findings = All.Where(f => f.Code == "a11y/color-contrast").ToList();
        string[] ModesWith(string selector) =>
            findings.Where(f => f.Message.Contains(selector + " <", StringComparison.Ordinal)).Select(f => f.Mode!).Order().ToArray();
        Assert.Equal(["desktop-light", "mobile-light"], ModesWith(".faint"));
        Assert.Equal(["desktop-dark", "mobile-dark"], ModesWith(".faint-in-dark"));
    }

    [Fact]
    public void Reports_the_keyboard_trap_on_the_widget_page()
    {
        var finding = Assert.Single(All, f => f.Code == FindingCodes.KeyboardTrap);
        Assert.Equal("widget/", finding.Page);
        Assert.Contains("#trap", finding.Target);
    }

    [Fact]
    public void Reports_the_console_error_of_the_planted_script()
    {
        var finding = Assert.Single(All, f => f.Code == FindingCodes.ConsoleError && f.Page == "console/");
        Assert.Contains("Planted console error", finding.Message);
    }

    [Fact]
    public void Reports_the_request_to_another_host()
    {
        var finding = Assert.Single(All, f => f.Code == FindingCodes.ThirdPartyRequest);
        Assert.Equal("other-host/", finding.Page);
        Assert.Contains("tracker.example", finding.Target);
    }

    [Fact]
    public void Reports_the_page_without_a_skip_link()
    {
        Assert.Contains(All, f => f.Code == FindingCodes.SkipLinkNotFirst && f.Page == "no-skip-link/");
        Assert.All(All.Where(f => f.Code == FindingCodes.SkipLinkNotFirst), f => Assert.Equal("no-skip-link/", f.Page));
    }

    [Fact]
    public void Reports_the_link_whose_focus_is_invisible()
    {
        var findings = All.Where(f => f.Code == FindingCodes.FocusNotVisible).ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal("invisible-focus/", f.Page));
    }

    [Fact]
    public void Reports_the_page_that_scrolls_sideways()
    {
        var findings = All.Where(f => f.Code == FindingCodes.HorizontalScroll).ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal("sideways/", f.Page));
    }

    [Fact]
    public void Reports_the_content_security_policy_violation_and_not_as_a_plain_console_error()
    {
        var finding = Assert.Single(All, f => f.Code == FindingCodes.CspViolation);
        Assert.Equal("csp/", finding.Page);
        Assert.Contains("Content Security Policy", finding.Message);
        Assert.DoesNotContain(All, f => f.Code == FindingCodes.ConsoleError && f.Page == "csp/");
    }

    [Fact]
    public void Reports_nothing_but_the_planted_problems()
    {
        var codes = All.Select(f => f.Code).ToHashSet();
        // The blocked tracking pixel also shows as an image that did not load, a third-party asset and the browser's
        // console line for the blocked request: all on its own page.
        Assert.True(codes.SetEquals([FindingCodes.BrokenLink, FindingCodes.MissingFragment, "a11y/image-alt", "a11y/color-contrast", FindingCodes.KeyboardTrap,
            FindingCodes.ConsoleError, FindingCodes.ThirdPartyRequest, FindingCodes.ThirdPartyAsset, FindingCodes.BrokenAsset, FindingCodes.SkipLinkNotFirst,
            FindingCodes.FocusNotVisible, FindingCodes.HorizontalScroll, FindingCodes.CspViolation]), Listing);
        Assert.All(All.Where(f => f.Code is FindingCodes.ThirdPartyAsset or FindingCodes.BrokenAsset), f => Assert.Equal("other-host/", f.Page));
        Assert.All(All.Where(f => f.Code == FindingCodes.ConsoleError), f => Assert.Contains(f.Page, ConsoleErrorPages));
    }

    [Fact]
    public void Crawls_every_page_of_the_fixture_and_its_404_page()
    {
        Assert.Equal(["", "404.html", "about/", "console/", "csp/", "invisible-focus/", "missing-page/", "no-skip-link/", "other-host/", "sideways/", "widget/"], fixture.Result.Pages.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(404, fixture.Result.Pages["missing-page/"].Status);
    }
}
