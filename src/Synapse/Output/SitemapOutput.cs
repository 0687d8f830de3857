using System.Text;
using Synapse.Configuration;
using Synapse.Html;

namespace Synapse.Output;

/// <summary>sitemap.xml: every page planned before it that is in the sitemap, and only those.</summary>
internal sealed class SitemapOutput : IOutput
{
    public string Name => "sitemap";

    public IEnumerable<OutputFile> Produce(OutputContext context) => [SitemapWriter.Write(context.Pages, context.Settings)];
}

/// <summary>robots.txt: allows everything and names the sitemap.</summary>
internal sealed class RobotsOutput : IOutput
{
    public string Name => "robots";

    public IEnumerable<OutputFile> Produce(OutputContext context) => [SitemapWriter.Robots(context.Settings)];
}

internal static class SitemapWriter
{
    public static OutputFile Write(IEnumerable<PageOutput> pages, SiteSettings settings)
    {
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var page in pages.Where(p => p.InSitemap).OrderBy(p => p.Url, StringComparer.Ordinal))
        {
            sb.Append("  <url><loc>").Append(HtmlText.Escape(settings.AbsoluteUrl(page.Url))).Append("</loc>");
            if (page.LastModified is { } d) sb.Append("<lastmod>").Append(d.ToString("yyyy-MM-dd")).Append("</lastmod>");
            sb.Append("</url>\n");
        }
        sb.Append("</urlset>\n");
        return new OutputFile("sitemap.xml", sb.ToString());
    }

    public static OutputFile Robots(SiteSettings settings) =>
        new("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {settings.AbsoluteUrl("sitemap.xml")}\n");
}
