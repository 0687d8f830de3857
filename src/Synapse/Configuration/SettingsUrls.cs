using System.Text.Encodings.Web;
using System.Text.Json;
using Synapse.Diagnostics;
using Synapse.Html;

namespace Synapse.Configuration;

/// <summary>The URLs statiq.json puts on pages (base URL, licence, crisis services) pass the same <see cref="UrlPolicy"/> as content.</summary>
internal static class SettingsUrls
{
    /// <summary>Writes a string as statiq.json most likely spells it: non-ASCII and HTML characters unescaped.</summary>
    private static readonly JsonSerializerOptions AsWritten = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Check(SiteSettings settings, string json, DiagnosticBag bag)
    {
        if (Uri.TryCreate(settings.BaseUrl, UriKind.Absolute, out _) && UrlPolicy.Scheme(settings.BaseUrl) is not ("http" or "https"))
            bag.Error("config/base-url", Locate(json, settings.BaseUrl), $"baseUrl '{settings.BaseUrl}' is not an http or https address.", "Use a full origin such as https://synapse.example.org.");
        var urls = new List<string?> { settings.ContentLicenseUrl };
        urls.AddRange(settings.Crisis.Countries.SelectMany(c => c.Services).Select(s => s.Url));
        foreach (var url in urls)
            if (!UrlPolicy.IsAllowed(url))
                bag.Error("config/unsafe-url", Locate(json, url!), $"The URL '{url}' uses the {UrlPolicy.Scheme(url)}: scheme, which pages may not link to.", UrlPolicy.Hint);
    }

    /// <summary>The line of the value's first appearance as a JSON string.</summary>
    private static SourceLocation Locate(string json, string value)
    {
        var index = json.IndexOf(JsonSerializer.Serialize(value, AsWritten), StringComparison.Ordinal);
        if (index < 0) index = json.IndexOf(value.TrimEnd('/'), StringComparison.Ordinal);
        if (index < 0) return SourceLocation.FileOnly(SettingsLoader.FileName);
        var line = 1 + json.AsSpan(0, index).Count('\n');
        return new SourceLocation(SettingsLoader.FileName, line, index - json.LastIndexOf('\n', Math.Max(0, index - 1)));
    }
}
