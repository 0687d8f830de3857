using System.Xml.Linq;

namespace Synapse.Tests.Builds;

/// <summary>tests/fixtures/basic-site built with Drafts = true (the --drafts option).</summary>
public sealed class BasicSiteWithDrafts() : BasicSite(options => options with { Drafts = true });

public sealed class DraftsBuildTests(BasicSiteWithDrafts site) : IClassFixture<BasicSiteWithDrafts>
{
    [Fact]
    public void Draft_page_is_built_at_its_url_when_drafts_are_included()
    {
        Assert.True(site.Built.Result.Succeeded, string.Join("\n", site.Built.Result.Diagnostics));
        Assert.Equal("Lithium", site.Built.Page("treatments/lithium/index.html").QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public void Draft_page_is_listed_in_its_section_the_sitemap_and_the_feed_when_drafts_are_included()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";

        Assert.Contains("/treatments/lithium/", site.Built.Page("treatments/index.html").QuerySelectorAll(".card > a").Select(a => a.GetAttribute("href")));
        Assert.Contains($"<loc>{BasicSite.BaseUrl}/treatments/lithium/</loc>", site.Built.ReadText("sitemap.xml"));
        Assert.Contains(XDocument.Parse(site.Built.ReadText("feed.xml")).Root!.Elements(atom + "entry"), e => e.Element(atom + "title")?.Value == "Lithium");
        Assert.True(site.Built.Exists("tags/medication/index.html"));
    }
}
