using System.Xml.Linq;

namespace Synapse.Tests.Builds;

/// <summary>tests/fixtures/basic-site built with BasePath = "/sub/" (the --base-path option).</summary>
public sealed class BasicSiteUnderSubPath() : BasicSite(options => options with { BasePath = "/sub/" });

public sealed class BasePathBuildTests(BasicSiteUnderSubPath site) : IClassFixture<BasicSiteUnderSubPath>
{
    private const string Prefix = "/sub/";

    [Fact]
    public void Build_under_a_base_path_succeeds_and_pages_stay_at_the_same_place_in_the_output()
    {
        Assert.True(site.Built.Result.Succeeded, string.Join("\n", site.Built.Result.Diagnostics));
        Assert.True(site.Built.Exists("neurotransmitters/serotonin/index.html"));
        Assert.False(site.Built.Exists("sub/index.html"));
    }

    [Fact]
    public void Every_internal_href_src_and_action_starts_with_the_base_path()
    {
        var checkedCount = 0;
        foreach (var (path, page) in site.Built.Html)
            foreach (var element in page.QuerySelectorAll("[href], [src], [action]"))
                foreach (var attribute in new[] { "href", "src", "action" })
                {
                    var value = element.GetAttribute(attribute);
                    if (value is null || value.StartsWith('#') || value.StartsWith("mailto:", StringComparison.Ordinal)) continue;
                    if (value.StartsWith("http", StringComparison.Ordinal))
                    {
                        if (value.StartsWith(BasicSite.BaseUrl + "/", StringComparison.Ordinal))
                            Assert.True(value.StartsWith(BasicSite.BaseUrl + Prefix, StringComparison.Ordinal), $"{path}: {value}");
                        continue;
                    }
                    checkedCount++;
                    Assert.True(value.StartsWith(Prefix, StringComparison.Ordinal), $"{path}: <{element.LocalName} {attribute}=\"{value}\"> lacks the base path");
                }
        Assert.True(checkedCount > 100, $"only {checkedCount} internal references checked");
    }

    [Fact]
    public void Canonical_and_open_graph_urls_include_the_base_path()
    {
        var page = site.Built.Page("neurotransmitters/serotonin/index.html");

        Assert.Equal(BasicSite.BaseUrl + "/sub/neurotransmitters/serotonin/", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal(BasicSite.BaseUrl + "/sub/neurotransmitters/serotonin/", page.QuerySelector("meta[property='og:url']")?.GetAttribute("content"));
    }

    [Fact]
    public void Search_form_knows_the_base_path()
    {
        Assert.Equal(Prefix, site.Built.Page("index.html").QuerySelector("header form[role=search]")?.GetAttribute("data-base"));
    }

    [Fact]
    public void Redirect_stub_refreshes_to_the_url_under_the_base_path()
    {
        Assert.Equal("0; url=/sub/neurotransmitters/serotonin/", site.Built.Page("old/serotonin/index.html").QuerySelector("meta[http-equiv=refresh]")?.GetAttribute("content"));
        Assert.Equal("/sub/old/serotonin/ /sub/neurotransmitters/serotonin/ 301\n", site.Built.ReadText("_redirects"));
    }

    [Fact]
    public void Sitemap_feed_and_robots_use_absolute_urls_under_the_base_path()
    {
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace atom = "http://www.w3.org/2005/Atom";

        var locs = XDocument.Parse(site.Built.ReadText("sitemap.xml")).Root!.Elements(sm + "url").Select(u => u.Element(sm + "loc")!.Value).ToList();
        Assert.NotEmpty(locs);
        Assert.All(locs, loc => Assert.StartsWith(BasicSite.BaseUrl + Prefix, loc));

        var feed = XDocument.Parse(site.Built.ReadText("feed.xml")).Root!;
        var hrefs = feed.Descendants(atom + "link").Select(l => (string)l.Attribute("href")!).ToList();
        Assert.All(hrefs, href => Assert.StartsWith(BasicSite.BaseUrl + Prefix, href));
        Assert.Contains(BasicSite.BaseUrl + "/sub/feed.xml", hrefs);

        Assert.Contains($"Sitemap: {BasicSite.BaseUrl}/sub/sitemap.xml", site.Built.ReadText("robots.txt"));
    }
}
