using System.Net;
using System.Text.Json;
using Synapse.Output;
using Synapse.Site;

namespace Synapse.Syndication;

/// <summary>
/// A static oEmbed response per article (<c>/oembed/&lt;section&gt;/&lt;slug&gt;.json</c>), found through the discovery link
/// on the article page. Its <c>html</c> is a lone iframe, the only part WordPress keeps (it adds its own sandbox and
/// <c>#?secret=</c>, which the embed view answers with its height).
/// </summary>
internal static class OembedOutput
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IEnumerable<OutputFile> Produce(SiteModel site) =>
        site.Articles.OrderBy(a => a.Page.Url, StringComparer.Ordinal).Select(a => new OutputFile(Syndication.OembedPath(a.Page), Write(a, site)));

    public static string Iframe(RenderedPage article, SiteModel site)
    {
        var s = site.Settings;
        var src = WebUtility.HtmlEncode(s.AbsoluteUrl(Syndication.EmbedPath(article.Page)));
        var title = WebUtility.HtmlEncode($"{article.Page.Meta.Title} ({s.Title})");
        return $"<iframe src=\"{src}\" title=\"{title}\" width=\"{Syndication.DefaultWidth}\" height=\"{Syndication.DefaultHeight}\" " +
               $"sandbox=\"{Syndication.Sandbox}\" loading=\"lazy\" style=\"border:0;max-width:100%\"></iframe>";
    }

    public static string Write(RenderedPage article, SiteModel site)
    {
        var s = site.Settings;
        var data = new Dictionary<string, object>
        {
            ["type"] = "rich",
            ["version"] = "1.0",
            ["title"] = article.Page.Meta.Title,
            ["author_name"] = s.Publisher,
            ["author_url"] = s.AbsoluteUrl(""),
            ["provider_name"] = s.Title,
            ["provider_url"] = s.AbsoluteUrl(""),
            ["cache_age"] = Syndication.RefreshDays * 24 * 60 * 60,
            ["html"] = Iframe(article, site),
            ["width"] = Syndication.DefaultWidth,
            ["height"] = Syndication.DefaultHeight,
        };
        return JsonSerializer.Serialize(data, Json) + "\n";
    }
}
