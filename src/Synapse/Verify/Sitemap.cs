using System.Xml.Linq;

namespace Synapse.Verify;

/// <summary>Reads sitemap.xml and turns each absolute &lt;loc&gt; into a site-relative page path ("" for the home page).</summary>
internal static class Sitemap
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>Page paths relative to <paramref name="basePath"/>, or null when the folder has no sitemap.xml.</summary>
    public static IReadOnlyList<string>? Read(string outputDir, string basePath)
    {
        var file = Path.Combine(outputDir, "sitemap.xml");
        if (!File.Exists(file)) return null;
        var doc = XDocument.Load(file);
        return doc.Descendants(Ns + "loc")
            .Select(loc => Uri.TryCreate(loc.Value.Trim(), UriKind.Absolute, out var uri) ? uri.AbsolutePath : loc.Value.Trim())
            .Select(path => SitePath.FromUrlPath(path, basePath))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }
}

/// <summary>Site-relative page paths: what follows the base path, without query or fragment ("" is the home page).</summary>
internal static class SitePath
{
    /// <summary>"/sub/guides/x/" with base "/sub/" → "guides/x/"; null when the path is outside the base path.</summary>
    public static string? FromUrlPath(string urlPath, string basePath)
    {
        var path = Uri.UnescapeDataString(urlPath);
        if (path + "/" == basePath) return "";
        if (!path.StartsWith(basePath, StringComparison.Ordinal)) return null;
        var relative = path[basePath.Length..];
        return relative.EndsWith("/index.html", StringComparison.Ordinal) ? relative[..^"index.html".Length]
             : relative == "index.html" ? ""
             : relative;
    }

    /// <summary>How the report shows a page: "/" for the home page, otherwise "/" + path.</summary>
    public static string Display(string page) => "/" + page;
}
