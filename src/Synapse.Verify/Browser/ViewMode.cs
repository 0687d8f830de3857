using Microsoft.Playwright;

namespace Synapse.Verify.Browser;

/// <summary>A viewport size and colour scheme that pages are checked in, e.g. "mobile-dark" (390×844, dark).</summary>
internal sealed record ViewMode(string Name, int Width, int Height, ColorScheme Scheme)
{
    public static readonly ViewMode DesktopLight = new("desktop-light", 1280, 800, ColorScheme.Light);
    public static readonly ViewMode DesktopDark = new("desktop-dark", 1280, 800, ColorScheme.Dark);
    public static readonly ViewMode MobileLight = new("mobile-light", 390, 844, ColorScheme.Light);
    public static readonly ViewMode MobileDark = new("mobile-dark", 390, 844, ColorScheme.Dark);

    /// <summary>All four, in the order that changes one setting at a time on a loaded page.</summary>
    public static readonly IReadOnlyList<ViewMode> All = [DesktopLight, DesktopDark, MobileDark, MobileLight];
}
