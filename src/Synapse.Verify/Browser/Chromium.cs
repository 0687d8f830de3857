using Microsoft.Playwright;

namespace Synapse.Verify.Browser;

/// <summary>
/// Starts a Chromium or Chrome found by <see cref="BrowserLocator"/> (SYNAPSE_CHROMIUM, Playwright's install, or the
/// system's) through Playwright; Playwright's own browser download is never started. Fails with a one-line install
/// hint when no browser is found.
/// </summary>
internal static class Chromium
{
    /// <summary>The browser to start, or null when none is installed.</summary>
    public static string? ExecutablePath => BrowserLocator.ForThisMachine().Find();

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var path = ExecutablePath ?? throw new InvalidOperationException(BrowserLocator.InstallHint);
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = path,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            });
            return (playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }
}
