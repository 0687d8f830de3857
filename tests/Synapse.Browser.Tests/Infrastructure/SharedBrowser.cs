using Microsoft.Playwright;
using Synapse.Verify.Browser;

namespace Synapse.Browser.Tests.Infrastructure;

/// <summary>
/// One Chromium for the whole test run, started on first use. When /usr/bin/chromium is missing every browser test
/// fails with the install hint (they are never skipped).
/// </summary>
internal static class SharedBrowser
{
    private static readonly Lazy<Task<(IPlaywright Playwright, IBrowser Browser)>> Instance = new(Chromium.LaunchAsync);

    public static async Task<IBrowser> GetAsync() => (await Instance.Value).Browser;
}
