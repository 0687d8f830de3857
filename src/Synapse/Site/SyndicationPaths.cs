using Synapse.Configuration;
using Synapse.Html;

namespace Synapse.Site;

/// <summary>
/// Where the syndication files of an article live (embed view, oEmbed file, content API file) and the snippet a clinic
/// pastes. Part of the model because the page view models link to them as well as the outputs that write them.
/// </summary>
internal static class SyndicationPaths
{
    /// <summary>"treatments/tms": the id embed.js and the content API use for an article.</summary>
    public static string Id(Page page) => page.Section + "/" + page.Slug;

    public static string Embed(Page page) => $"embed/{Id(page)}/";
    public static string Oembed(Page page) => $"oembed/{Id(page)}.json";
    public static string Api(Page page) => $"api/articles/{Id(page)}.json";
    public const string ApiIndex = "api/articles.json";
    public const string ApiSchema = "api/schema.json";
    public const string Script = "embed.js";

    /// <summary>What a clinic pastes: a placeholder embed.js turns into the iframe, with a plain link when script is off.</summary>
    public static string Snippet(Page page, SiteSettings s) =>
        $"<div data-synapse-embed=\"{Id(page)}\"><noscript><a href=\"{HtmlText.Escape(s.AbsoluteUrl(page.Url))}\">" +
        $"{HtmlText.Escape(page.Meta.Title)} ({HtmlText.Escape(s.Title)})</a></noscript></div>\n" +
        $"<script src=\"{HtmlText.Escape(s.AbsoluteUrl(Script))}\" async></script>";
}
