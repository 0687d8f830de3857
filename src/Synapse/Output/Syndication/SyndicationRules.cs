using Synapse.Configuration;

namespace Synapse.Output.Syndication;

/// <summary>
/// The rules every copy of an article shown elsewhere follows — absolute links, attribution, licence, the refresh rule,
/// the iframe sandbox — in one place, so the embed view, the oEmbed file, the content API and the clinics page agree.
/// </summary>
internal static class SyndicationRules
{
    /// <summary>Partners refresh cached copies at least this often (the NHS website's rule for its content API).</summary>
    public const int RefreshDays = 7;

    public const string RefreshRule = "Refresh any copy you keep at least every 7 days, so readers always see the current review dates, evidence and help lines.";

    /// <summary>The sandbox embed.js and the oEmbed iframe use: scripts for auto-height, new tabs for links, never the embedding page's origin.</summary>
    public const string Sandbox = "allow-scripts allow-popups allow-popups-to-escape-sandbox";

    public const int DefaultWidth = 600;
    public const int DefaultHeight = 800;

    public static string AttributionText(SiteSettings s) => $"Content supplied by {s.Publisher}";

    public static string LicenseSummary(SiteSettings s) =>
        $"{s.ContentLicense}: you may copy and show this content for non-commercial purposes, with attribution and a link to the original, and share adapted versions under the same licence.";

    /// <summary>
    /// Makes a link in a copied article absolute (against the article's canonical URL) and, for an embed, opens it in a new
    /// tab: a link followed inside a frame would leave the reader stuck in a small box.
    /// </summary>
    public static Action<IArticleLink, string> AbsoluteLinks(string canonicalUrl, bool newTab)
    {
        var canonical = new Uri(canonicalUrl);
        return (link, href) =>
        {
            if (Uri.TryCreate(canonical, href, out var absolute))
                link.SetAttribute("href", absolute.AbsoluteUri);
            if (!newTab || absolute is { Scheme: "mailto" or "tel" }) return;
            link.SetAttribute("target", "_blank");
            link.SetAttribute("rel", "noopener");
        };
    }
}
