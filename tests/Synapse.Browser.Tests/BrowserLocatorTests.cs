using Synapse.Verify.Browser;

namespace Synapse.Browser.Tests;

/// <summary>Where `verify` looks for a browser on each operating system, in order, without touching the real machine.</summary>
public sealed class BrowserLocatorTests
{
    private static BrowserLocator On(OperatingSystemKind os, Dictionary<string, string> env, HashSet<string> files, Dictionary<string, string[]>? dirs = null) =>
        new(name => env.GetValueOrDefault(name), files.Contains, dir => dirs?.GetValueOrDefault(dir) ?? [], os);

    [Fact]
    public void The_environment_variable_wins_over_every_installed_browser()
    {
        var locator = On(OperatingSystemKind.Linux, new() { ["SYNAPSE_CHROMIUM"] = "/opt/my/chrome", ["HOME"] = "/home/u" },
            ["/opt/my/chrome", "/usr/bin/chromium"]);

        Assert.Equal("/opt/my/chrome", locator.Find());
    }

    [Fact]
    public void A_browser_installed_by_Playwright_is_used_newest_first_before_the_system_one()
    {
        var cache = Path.Combine("/home/u", ".cache", "ms-playwright");
        var older = Path.Combine(cache, "chromium-1100");
        var newer = Path.Combine(cache, "chromium-1200");
        var locator = On(OperatingSystemKind.Linux, new() { ["HOME"] = "/home/u" },
            [Path.Combine(older, "chrome-linux", "chrome"), Path.Combine(newer, "chrome-linux", "chrome"), "/usr/bin/chromium"],
            new() { [cache] = [older, newer, Path.Combine(cache, "firefox-1400")] });

        Assert.Equal(Path.Combine(newer, "chrome-linux", "chrome"), locator.Find());
    }

    [Fact]
    public void PLAYWRIGHT_BROWSERS_PATH_is_searched_for_Playwright_browsers()
    {
        var custom = Path.Combine("/srv", "browsers");
        var locator = On(OperatingSystemKind.Linux, new() { ["HOME"] = "/home/u", ["PLAYWRIGHT_BROWSERS_PATH"] = custom },
            [Path.Combine(custom, "chromium-1200", "chrome-linux64", "chrome")],
            new() { [custom] = [Path.Combine(custom, "chromium-1200")] });

        Assert.Equal(Path.Combine(custom, "chromium-1200", "chrome-linux64", "chrome"), locator.Find());
    }

    [Theory]
    [InlineData("linux", "/usr/bin/google-chrome")]
    [InlineData("macos", "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome")]
    public void A_system_Chrome_is_found_when_nothing_else_is_installed(string system, string chrome)
    {
        var locator = On(system == "macos" ? OperatingSystemKind.MacOS : OperatingSystemKind.Linux, new() { ["HOME"] = "/home/u" }, [chrome]);

        Assert.Equal(chrome, locator.Find());
    }

    [Fact]
    public void A_system_Chrome_is_found_on_Windows_under_Program_Files()
    {
        var chrome = Path.Combine(@"C:\Program Files", "Google", "Chrome", "Application", "chrome.exe");
        var locator = On(OperatingSystemKind.Windows, new() { ["ProgramFiles"] = @"C:\Program Files", ["USERPROFILE"] = @"C:\Users\u" }, [chrome]);

        Assert.Equal(chrome, locator.Find());
    }

    [Fact]
    public void No_browser_gives_null_and_a_one_line_hint_that_says_how_to_install_one()
    {
        var locator = On(OperatingSystemKind.Linux, new() { ["HOME"] = "/home/u" }, []);

        Assert.Null(locator.Find());
        Assert.DoesNotContain('\n', BrowserLocator.InstallHint);
        Assert.Contains("apt-get install chromium", BrowserLocator.InstallHint);
        Assert.Contains("SYNAPSE_CHROMIUM", BrowserLocator.InstallHint);
    }
}
