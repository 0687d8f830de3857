using AngleSharp.Dom;
using Synapse.Configuration;
using Synapse.Site;

namespace Synapse.Syndication;

/// <summary>
/// Where each syndication file of an article lives, and the rules every copy of an article shown elsewhere follows:
/// absolute links, attribution, licence and the refresh rule. One place, so the embed view, the oEmbed file, the
/// content API and the clinics page say the same thing.
/// </summary>
internal static class Syndication
{
    /// <summary>Partners refresh cached copies at least this often (the NHS website's rule for its content API).</summary>
    public const int RefreshDays = 7;

    public const string RefreshRule = "Refresh any copy you keep at least every 7 days, so readers always see the current review dates, evidence and help lines.";

    /// <summary>The sandbox embed.js and the oEmbed iframe use: scripts for auto-height, new tabs for links, never the embedding page's origin.</summary>
    public const string Sandbox = "allow-scripts allow-popups allow-popups-to-escape-sandbox";

    public const int DefaultWidth = 600;
    public const int DefaultHeight = 800;

    /// <summary>"treatments/tms": the id embed.js and the content API use for an article.</summary>
    public static string Id(Page page) => page.Section + "/" + page.Slug;

    public static string EmbedPath(Page page) => $"embed/{Id(page)}/";
    public static string OembedPath(Page page) => $"oembed/{Id(page)}.json";
    public static string ApiPath(Page page) => $"api/articles/{Id(page)}.json";
    public const string ApiIndexPath = "api/articles.json";
    public const string ApiSchemaPath = "api/schema.json";
    public const string ScriptPath = "embed.js";

    /// <summary>What a clinic pastes: a placeholder embed.js turns into the iframe, with a plain link when script is off.</summary>
    public static string Snippet(Page page, SiteSettings s, string attributes = "") =>
        $"<div data-synapse-embed=\"{Id(page)}\"{attributes}><noscript><a href=\"{System.Net.WebUtility.HtmlEncode(s.AbsoluteUrl(page.Url))}\">" +
        $"{System.Net.WebUtility.HtmlEncode(page.Meta.Title)} ({System.Net.WebUtility.HtmlEncode(s.Title)})</a></noscript></div>\n" +
        $"<script src=\"{System.Net.WebUtility.HtmlEncode(s.AbsoluteUrl(ScriptPath))}\" async></script>";

    public static string AttributionText(SiteSettings s) => $"Content supplied by {s.Publisher}";

    public static string LicenseSummary(SiteSettings s) =>
        $"{s.ContentLicense}: you may copy and show this content for non-commercial purposes, with attribution and a link to the original, and share adapted versions under the same licence.";

    /// <summary>
    /// Makes a link in a copied article absolute (against the article's canonical URL) and, for an embed, opens it in a new
    /// tab: a link followed inside a frame would leave the reader stuck in a small box.
    /// </summary>
    public static Action<IElement, string> AbsoluteLinks(string canonicalUrl, bool newTab) => (link, href) =>
    {
        if (Uri.TryCreate(new Uri(canonicalUrl), href, out var absolute))
            link.SetAttribute("href", absolute.AbsoluteUri);
        if (!newTab || absolute is { Scheme: "mailto" or "tel" }) return;
        link.SetAttribute("target", "_blank");
        link.SetAttribute("rel", "noopener");
    };
}
