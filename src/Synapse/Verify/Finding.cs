namespace Synapse.Verify;

/// <summary>
/// One problem `verify` found on a served page: which page (site-relative URL path, e.g. "neurotransmitters/serotonin/"),
/// which check (a stable code such as "link/broken"), what is wrong, and the thing at fault (an href or a CSS selector).
/// <see cref="Mode"/> names the viewport and colour scheme for checks that depend on them (e.g. "desktop-dark").
/// </summary>
internal sealed record Finding(string Page, string Code, string Message)
{
    public string? Target { get; init; }
    public string? Mode { get; init; }
}

/// <summary>The stable codes of <see cref="Finding"/>; the report and the tests group by them.</summary>
internal static class FindingCodes
{
    public const string PageStatus = "page/status";
    public const string PageLoadFailed = "page/load-failed";
    public const string BrokenLink = "link/broken";
    public const string MissingFragment = "link/missing-fragment";
    public const string BrokenAsset = "asset/broken";
    public const string ConsoleError = "console/error";
    /// <summary>The browser refused something the page's Content-Security-Policy forbids (inline script, another origin).</summary>
    public const string CspViolation = "csp/violation";
    public const string ThirdPartyRequest = "privacy/third-party-request";
    public const string ThirdPartyAsset = "privacy/third-party-asset";
    public const string SitemapOrphan = "sitemap/unreachable";
    public const string SitemapMissing = "sitemap/missing-page";
    public const string SitemapNoindex = "sitemap/noindex-listed";
    public const string AxePrefix = "a11y/";
    public const string SkipLinkNotFirst = "keyboard/skip-link-not-first";
    public const string SkipLinkTarget = "keyboard/skip-link-target";
    public const string KeyboardTrap = "keyboard/trap";
    public const string FocusNotVisible = "keyboard/focus-not-visible";
    public const string HorizontalScroll = "layout/horizontal-scroll";
    public const string ExternalBroken = "external/broken";
}
