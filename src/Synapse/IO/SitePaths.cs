namespace Synapse.IO;

/// <summary>The folders of a site (Statiq's layout): input/, theme/layouts, theme/assets, output/.</summary>
internal sealed record SitePaths(string Root, string Output)
{
    /// <summary>statiq.json "followSymlinks": follow links that stay inside the site folder.</summary>
    public bool FollowSymlinks { get; init; }
    public string Input => Path.Combine(Root, "input");
    /// <summary>The site's own theme/ folder, or, when the site has none, the default theme shipped beside the generator.</summary>
    public string Theme => Directory.Exists(Path.Combine(Root, "theme")) || !Directory.Exists(BundledTheme) ? Path.Combine(Root, "theme") : BundledTheme;

    /// <summary>The default theme copied beside the generator's binaries (and packed into the .NET tool).</summary>
    public static string BundledTheme => Path.Combine(AppContext.BaseDirectory, "theme");
    public string ThemeLayouts => Path.Combine(Theme, "layouts");
    public string ThemeAssets => Path.Combine(Theme, "assets");
    /// <summary>Layouts in input/_layouts override the theme's layouts of the same name.</summary>
    public string InputLayouts => Path.Combine(Input, "_layouts");
    public string Data => Path.Combine(Input, "_data");

    /// <summary>Site-relative path with forward slashes, as shown in diagnostics (e.g. input/guides/x.md).</summary>
    public string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');

    /// <summary>True for files and folders that are data or partials (any path segment starting with '_') or hidden.</summary>
    public static bool IsDataPath(string relativeToInput) =>
        relativeToInput.Replace('\\', '/').Split('/').Any(s => s.StartsWith('_') || s.StartsWith('.'));
}
