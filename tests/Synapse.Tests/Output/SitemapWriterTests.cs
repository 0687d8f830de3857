using System.Xml.Linq;
using Synapse.Configuration;
using Synapse.Output;

namespace Synapse.Tests.Output;

public sealed class SitemapWriterTests
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static XDocument Write(IEnumerable<PageOutput> pages, SiteSettings settings)
    {
        var file = SitemapWriter.Write(pages, settings);
        Assert.Equal("sitemap.xml", file.Path);
        return XDocument.Parse(file.Text!);
    }

    [Fact]
    public void Lists_only_pages_in_the_sitemap_as_absolute_urls_sorted_with_lastmod()
    {
        var settings = new SiteSettings { BaseUrl = "https://synapse.example.org" };
        var pages = new[]
        {
            new PageOutput("treatments/lithium/", "", "input/treatments/lithium.md", true, new DateOnly(2026, 1, 15)),
            new PageOutput("", "", null, true, null),
            new PageOutput("search/", "", null, false, null),
            new PageOutput("404.html", "", null, false, null),
            new PageOutput("about/", "", "input/about.md", true, null),
        };

        var doc = Write(pages, settings);

        Assert.Equal(Ns + "urlset", doc.Root!.Name);
        var urls = doc.Root.Elements(Ns + "url").ToList();
        Assert.Equal(
            ["https://synapse.example.org/", "https://synapse.example.org/about/", "https://synapse.example.org/treatments/lithium/"],
            urls.Select(u => u.Element(Ns + "loc")!.Value));
        Assert.Equal("2026-01-15", urls[2].Element(Ns + "lastmod")?.Value);
        Assert.Null(urls[0].Element(Ns + "lastmod"));
    }

    [Fact]
    public void Locations_include_the_base_path_and_are_xml_escaped()
    {
        var settings = new SiteSettings { BaseUrl = "https://synapse.example.org", BasePath = "/sub/" };

        var doc = Write([new PageOutput("tags/r&d/", "", null, true, null)], settings);

        Assert.Equal("https://synapse.example.org/sub/tags/r&d/", doc.Root!.Element(Ns + "url")!.Element(Ns + "loc")!.Value);
    }

    [Fact]
    public void Robots_txt_points_to_the_absolute_sitemap_url()
    {
        var robots = SitemapWriter.Robots(new SiteSettings { BaseUrl = "https://synapse.example.org", BasePath = "/sub/" });

        Assert.Equal("robots.txt", robots.Path);
        Assert.Contains("Sitemap: https://synapse.example.org/sub/sitemap.xml\n", robots.Text);
    }
}
