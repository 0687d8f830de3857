using Microsoft.Playwright;

namespace Synapse.Verify.Browser;

/// <summary>
/// A viewport size and colour scheme that pages are checked in, e.g. "mobile-dark" (390×844, dark).
/// <see cref="ColourRulesOnly"/> modes run only the axe rules that read colours (color-contrast, link-in-text-block):
/// switching to the dark scheme changes the theme's colours, not its markup or layout, and the light mode at the same
/// width already ran every rule. That halves the cost of the dark runs; <see cref="VerifyOptions.FullAxeInEveryMode"/>
/// runs everything everywhere.
/// </summary>
internal sealed record ViewMode(string Name, int Width, int Height, ColorScheme Scheme, bool ColourRulesOnly = false)
{
    public static readonly ViewMode DesktopLight = new("desktop-light", 1280, 800, ColorScheme.Light);
    public static readonly ViewMode DesktopDark = new("desktop-dark", 1280, 800, ColorScheme.Dark, ColourRulesOnly: true);
    public static readonly ViewMode MobileLight = new("mobile-light", 390, 844, ColorScheme.Light);
    public static readonly ViewMode MobileDark = new("mobile-dark", 390, 844, ColorScheme.Dark, ColourRulesOnly: true);

    /// <summary>The axe rules whose result depends on colours.</summary>
    public static readonly IReadOnlyList<string> ColourRules = ["color-contrast", "link-in-text-block"];

    /// <summary>All four, in the order that changes one setting at a time on a loaded page.</summary>
    public static readonly IReadOnlyList<ViewMode> All = [DesktopLight, DesktopDark, MobileDark, MobileLight];
}
