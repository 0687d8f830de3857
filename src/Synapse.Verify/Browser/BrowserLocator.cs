namespace Synapse.Verify.Browser;

/// <summary>
/// Finds a Chromium or Chrome to drive, in this order: the <c>SYNAPSE_CHROMIUM</c> environment variable; a browser
/// installed by Playwright (<c>PLAYWRIGHT_BROWSERS_PATH</c>, or its default cache folder); then the system's own
/// Chromium or Chrome on Linux, macOS and Windows.
/// </summary>
internal sealed class BrowserLocator(Func<string, string?> environment, Func<string, bool> fileExists, Func<string, IEnumerable<string>> listDirectories, OperatingSystemKind os)
{
    public const string EnvironmentVariable = "SYNAPSE_CHROMIUM";

    public static BrowserLocator ForThisMachine() => new(
        Environment.GetEnvironmentVariable,
        File.Exists,
        dir => Directory.Exists(dir) ? Directory.EnumerateDirectories(dir) : [],
        OperatingSystem.IsWindows() ? OperatingSystemKind.Windows : OperatingSystem.IsMacOS() ? OperatingSystemKind.MacOS : OperatingSystemKind.Linux);

    /// <summary>One line saying how to get a browser, for when none is found.</summary>
    public static string InstallHint =>
        $"No Chromium or Chrome was found. Install one (Debian/Ubuntu: sudo apt-get install chromium; macOS: brew install --cask chromium; " +
        $"Windows: install Google Chrome), or set {EnvironmentVariable} to the browser's executable.";

    /// <summary>Every place looked at, in order; the first that exists is used.</summary>
    public IEnumerable<string> Candidates()
    {
        if (environment(EnvironmentVariable) is { Length: > 0 } custom) yield return custom;
        foreach (var root in PlaywrightRoots())
            foreach (var dir in listDirectories(root).Where(d => Path.GetFileName(d).StartsWith("chromium-", StringComparison.Ordinal)).OrderDescending(StringComparer.Ordinal))
                foreach (var exe in PlaywrightExecutables(dir)) yield return exe;
        foreach (var system in SystemExecutables()) yield return system;
    }

    public string? Find() => Candidates().FirstOrDefault(fileExists);

    private IEnumerable<string> PlaywrightRoots()
    {
        if (environment("PLAYWRIGHT_BROWSERS_PATH") is { Length: > 0 } custom && custom != "0") yield return custom;
        var home = environment(os == OperatingSystemKind.Windows ? "USERPROFILE" : "HOME") ?? "";
        yield return os switch
        {
            OperatingSystemKind.Windows => Path.Combine(environment("LOCALAPPDATA") ?? Path.Combine(home, "AppData", "Local"), "ms-playwright"),
            OperatingSystemKind.MacOS => Path.Combine(home, "Library", "Caches", "ms-playwright"),
            _ => Path.Combine(environment("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg : Path.Combine(home, ".cache"), "ms-playwright"),
        };
    }

    private IEnumerable<string> PlaywrightExecutables(string dir) => os switch
    {
        OperatingSystemKind.Windows => [Path.Combine(dir, "chrome-win", "chrome.exe"), Path.Combine(dir, "chrome-win64", "chrome.exe")],
        OperatingSystemKind.MacOS =>
        [
            Path.Combine(dir, "chrome-mac", "Chromium.app", "Contents", "MacOS", "Chromium"),
            Path.Combine(dir, "chrome-mac-arm64", "Chromium.app", "Contents", "MacOS", "Chromium"),
        ],
        _ => [Path.Combine(dir, "chrome-linux", "chrome"), Path.Combine(dir, "chrome-linux64", "chrome")],
    };

    private IEnumerable<string> SystemExecutables()
    {
        switch (os)
        {
            case OperatingSystemKind.Windows:
                foreach (var root in new[] { environment("ProgramFiles"), environment("ProgramFiles(x86)"), environment("LOCALAPPDATA") }.OfType<string>())
                {
                    yield return Path.Combine(root, "Google", "Chrome", "Application", "chrome.exe");
                    yield return Path.Combine(root, "Chromium", "Application", "chrome.exe");
                }
                break;
            case OperatingSystemKind.MacOS:
                yield return "/Applications/Chromium.app/Contents/MacOS/Chromium";
                yield return "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome";
                break;
            default:
                foreach (var path in new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable", "/opt/google/chrome/chrome" })
                    yield return path;
                break;
        }
    }
}

internal enum OperatingSystemKind { Linux, MacOS, Windows }
