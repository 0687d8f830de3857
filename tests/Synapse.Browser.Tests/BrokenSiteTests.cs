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
    public void Reports_nothing_but_the_five_planted_problems()
    {
        var codes = All.Select(f => f.Code).ToHashSet();
        Assert.True(codes.SetEquals([FindingCodes.BrokenLink, FindingCodes.MissingFragment, "a11y/image-alt", "a11y/color-contrast", FindingCodes.KeyboardTrap]), Listing);
    }

    [Fact]
    public void Crawls_every_page_of_the_fixture_and_its_404_page()
    {
        Assert.Equal(["", "404.html", "about/", "missing-page/", "widget/"], fixture.Result.Pages.Keys.Order());
        Assert.Equal(404, fixture.Result.Pages["missing-page/"].Status);
    }
}
