using Microsoft.Playwright;

namespace Synapse.Verify.Browser;

/// <summary>
/// Starts Debian's Chromium (/usr/bin/chromium, or SYNAPSE_CHROMIUM) through Playwright; Playwright's own browser
/// download is never used. Fails with an install hint when the browser is missing.
/// </summary>
internal static class Chromium
{
    public const string DefaultPath = "/usr/bin/chromium";

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("SYNAPSE_CHROMIUM") is { Length: > 0 } custom ? custom : DefaultPath;

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var path = ExecutablePath;
        if (!File.Exists(path))
            throw new InvalidOperationException(
                $"Chromium was not found at {path}. Install it with scripts/install-test-deps.sh (Debian: apt-get install chromium), " +
                "or set SYNAPSE_CHROMIUM to a Chromium or Chrome executable.");
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
