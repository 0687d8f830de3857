using System.Text.Json;
using Synapse.Html;
using Synapse.Site;

namespace Synapse.Output.Syndication;

/// <summary>
/// A static oEmbed response per article (<c>/oembed/&lt;section&gt;/&lt;slug&gt;.json</c>), found through the discovery link
/// on the article page. Its <c>html</c> is a lone iframe, the only part WordPress keeps (it adds its own sandbox and
/// <c>#?secret=</c>, which the embed view answers with its height).
/// </summary>
internal sealed class OembedOutput : IOutput
{
    public string Name => "oembed";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public IEnumerable<OutputFile> Produce(OutputContext context) =>
        context.Site.Articles.OrderBy(a => a.Page.Url, StringComparer.Ordinal).Select(a => new OutputFile(SyndicationPaths.Oembed(a.Page), Write(a, context.Site))
        {
            Source = Diagnostics.SourceLocation.FileOnly(a.Page.Source.File.Path),
        });

    public static string Iframe(RenderedPage article, SiteModel site)
    {
        var s = site.Settings;
        var src = HtmlText.Escape(s.AbsoluteUrl(SyndicationPaths.Embed(article.Page)));
        var title = HtmlText.Escape($"{article.Page.Meta.Title} ({s.Title})");
        return $"<iframe src=\"{src}\" title=\"{title}\" width=\"{SyndicationRules.DefaultWidth}\" height=\"{SyndicationRules.DefaultHeight}\" " +
               $"sandbox=\"{SyndicationRules.Sandbox}\" loading=\"lazy\" style=\"border:0;max-width:100%\"></iframe>";
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
            ["cache_age"] = SyndicationRules.RefreshDays * 24 * 60 * 60,
            ["html"] = Iframe(article, site),
            ["width"] = SyndicationRules.DefaultWidth,
            ["height"] = SyndicationRules.DefaultHeight,
        };
        return PlainJson.Serialize(data, Json) + "\n";
    }
}
