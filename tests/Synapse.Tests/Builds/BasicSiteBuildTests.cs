using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Builds;

/// <summary>Whole-build tests on tests/fixtures/basic-site: what a reader, a search engine and a feed reader get.</summary>
public sealed class BasicSiteBuildTests(BasicSite site) : IClassFixture<BasicSite>
{
    private BuiltSite Built => site.Built;

    private IEnumerable<KeyValuePair<string, IDocument>> Pages => Built.Pages;

    private static readonly string[] Articles =
    [
        "conditions/depression/index.html", "guides/evidence-levels/index.html", "neurotransmitters/dopamine/index.html",
        "neurotransmitters/serotonin/index.html", "treatments/exercise/index.html",
    ];

    private static string UrlOf(string outputPath) => "/" + (outputPath.EndsWith("index.html", StringComparison.Ordinal) ? outputPath[..^"index.html".Length] : outputPath);

    [Fact]
    public void Build_succeeds_and_writes_the_output()
    {
        Assert.True(Built.Result.Succeeded, string.Join("\n", Built.Result.Diagnostics));
        Assert.True(Built.Result.Written);
        Assert.True(Built.Exists("index.html"));
    }

    [Fact]
    public void Every_markdown_page_is_written_at_its_url_with_its_title_as_the_h1()
    {
        var sources = site.Sources.Where(s => s.Source != BasicSite.DraftSource).ToList();
        Assert.Contains(sources, s => s.OutputPath == "neurotransmitters/serotonin/index.html");

        foreach (var (source, outputPath, title) in sources)
        {
            var page = Built.Page(outputPath);
            Assert.Equal(title, page.QuerySelector("h1")?.TextContent.Trim());
            Assert.Equal(BasicSite.BaseUrl + UrlOf(outputPath), page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        }
    }

    [Fact]
    public void Every_page_has_lang_title_canonical_description_and_open_graph_meta()
    {
        foreach (var (path, page) in Pages)
        {
            Assert.True(page.DocumentElement.GetAttribute("lang") == "en", $"{path}: html lang");
            Assert.False(string.IsNullOrWhiteSpace(page.Title), $"{path}: title");
            var canonical = page.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
            Assert.True(canonical == BasicSite.BaseUrl + UrlOf(path), $"{path}: canonical {canonical}");
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")?.GetAttribute("content")), $"{path}: meta description");
            foreach (var property in new[] { "og:type", "og:title", "og:description", "og:url", "og:site_name" })
                Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content")), $"{path}: {property}");
            Assert.Equal(canonical, page.QuerySelector("meta[property='og:url']")?.GetAttribute("content"));
        }
    }

    [Fact]
    public void Article_description_and_og_type_come_from_front_matter()
    {
        var page = Built.Page("neurotransmitters/serotonin/index.html");

        Assert.Equal("What serotonin does in the brain and the gut.", page.QuerySelector("meta[name=description]")?.GetAttribute("content"));
        Assert.Equal("article", page.QuerySelector("meta[property='og:type']")?.GetAttribute("content"));
        Assert.Equal("Serotonin | Synapse Test", page.Title);
    }

    [Fact]
    public void Ids_are_unique_on_every_page()
    {
        foreach (var (path, page) in Pages)
        {
            var duplicates = page.QuerySelectorAll("[id]").GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(duplicates.Count == 0, $"{path}: duplicate ids {string.Join(", ", duplicates)}");
        }
    }

    [Fact]
    public void Content_headings_have_ids_and_the_table_of_contents_links_to_each_of_them()
    {
        var page = Built.Page("neurotransmitters/serotonin/index.html");

        var headings = page.QuerySelectorAll(".prose h2, .prose h3").ToList();
        Assert.Equal(["key-points", "what-serotonin-does", "where-it-acts", "in-the-gut"], headings.Select(h => h.Id));
        var toc = page.QuerySelectorAll("nav.toc a").ToList();
        Assert.Equal(headings.Select(h => "#" + h.Id), toc.Select(a => a.GetAttribute("href")));
        Assert.Equal(["Key points", "What serotonin does", "Where it acts", "In the gut"], toc.Select(a => a.TextContent.Trim()));
        Assert.Equal("toc-3", toc[3].ParentElement?.ClassName);
        Assert.Equal(3, page.QuerySelectorAll("nav.toc > ol > li").Length);
        Assert.Equal(["In the gut"], page.QuerySelectorAll("nav.toc > ol > li > ul > li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public void Every_table_of_contents_link_points_to_an_element_on_its_page()
    {
        var pagesWithToc = 0;
        foreach (var (path, page) in Pages)
        {
            var links = page.QuerySelectorAll("nav.toc a").ToList();
            if (links.Count > 0) pagesWithToc++;
            foreach (var a in links)
                Assert.True(page.GetElementById(a.GetAttribute("href")![1..]) is not null, $"{path}: TOC link {a.GetAttribute("href")}");
        }
        Assert.True(pagesWithToc >= 2);
    }

    [Fact]
    public void Short_articles_have_no_table_of_contents()
    {
        Assert.Null(Built.Page("neurotransmitters/dopamine/index.html").QuerySelector("nav.toc"));
    }

    [Fact]
    public void Every_content_heading_has_an_anchor_link_to_itself_with_accessible_text()
    {
        var count = 0;
        foreach (var (path, page) in Pages)
            foreach (var heading in page.QuerySelectorAll(".prose h2, .prose h3, .prose h4"))
            {
                count++;
                Assert.False(string.IsNullOrEmpty(heading.Id), $"{path}: heading without id: {heading.TextContent}");
                var anchor = heading.QuerySelector("a.heading-anchor");
                Assert.True(anchor is not null, $"{path}: #{heading.Id} has no anchor");
                Assert.Equal("#" + heading.Id, anchor.GetAttribute("href"));
                var headingText = string.Concat(heading.ChildNodes.Where(n => n != anchor).Select(n => n.TextContent)).Trim();
                Assert.Equal("Link to the section: " + headingText, BuiltSite.AccessibleText(anchor).Trim());
            }
        Assert.True(count >= 10);
    }

    [Fact]
    public void Article_json_ld_is_a_medical_web_page_with_review_audience_and_subject()
    {
        foreach (var path in Articles)
        {
            var scripts = Built.Page(path).QuerySelectorAll("script[type='application/ld+json']").ToList();
            var script = Assert.Single(scripts);
            using var json = JsonDocument.Parse(script.TextContent);
            var root = json.RootElement;
            Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
            Assert.Equal("MedicalWebPage", root.GetProperty("@type").GetString());
            Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("name").GetString()), path);
            Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("description").GetString()), path);
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", root.GetProperty("lastReviewed").GetString());
            Assert.Equal("Synapse editorial team", root.GetProperty("reviewedBy").GetProperty("name").GetString());
            Assert.Equal("Organization", root.GetProperty("reviewedBy").GetProperty("@type").GetString());
            Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("about").GetProperty("@type").GetString()), path);
            Assert.Equal("MedicalAudience", root.GetProperty("audience").GetProperty("@type").GetString());
            Assert.Equal(BasicSite.BaseUrl + UrlOf(path), root.GetProperty("url").GetString());
        }
    }

    [Fact]
    public void Article_json_ld_carries_the_front_matter_values()
    {
        var script = Built.Page("treatments/exercise/index.html").QuerySelector("script[type='application/ld+json']")!;
        using var json = JsonDocument.Parse(script.TextContent);
        var root = json.RootElement;

        Assert.Equal("Exercise", root.GetProperty("name").GetString());
        Assert.Equal("How physical activity helps mood, and how much is enough.", root.GetProperty("description").GetString());
        Assert.Equal("2026-08-01", root.GetProperty("lastReviewed").GetString());
        Assert.Equal("MedicalTherapy", root.GetProperty("about").GetProperty("@type").GetString());
    }

    [Fact]
    public void Every_json_ld_block_on_the_site_parses()
    {
        var blocks = 0;
        foreach (var (path, page) in Pages)
            foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
            {
                blocks++;
                using var json = JsonDocument.Parse(script.TextContent);
                Assert.True(json.RootElement.TryGetProperty("@type", out _), path);
            }
        Assert.True(blocks > Articles.Length);
    }

    [Fact]
    public void Sitemap_lists_every_page_and_only_those()
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var sitemap = XDocument.Parse(Built.ReadText("sitemap.xml"));
        var listed = sitemap.Root!.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value).ToList();

        var stubs = Built.RedirectStubs.ToHashSet();
        var expected = Built.Html.Keys
            .Where(p => p.EndsWith("index.html", StringComparison.Ordinal) && p != "search/index.html" && !stubs.Contains(p) && !BuiltSite.IsEmbedView(p))
            .Select(p => BasicSite.BaseUrl + UrlOf(p)).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(expected, listed.Order(StringComparer.Ordinal));
        Assert.Equal(listed.Count, listed.Distinct().Count());
        Assert.Contains(BasicSite.BaseUrl + "/neurotransmitters/serotonin/", listed);
        Assert.DoesNotContain(BasicSite.BaseUrl + "/old/serotonin/", listed);
        Assert.DoesNotContain(listed, l => l.Contains("404"));
    }

    [Fact]
    public void Pages_left_out_of_the_sitemap_are_marked_noindex_and_pages_in_it_are_not()
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var listed = XDocument.Parse(Built.ReadText("sitemap.xml")).Root!.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value).ToHashSet();

        foreach (var (path, page) in Built.Html)
        {
            var noindex = page.QuerySelector("meta[name=robots]")?.GetAttribute("content")?.Contains("noindex") == true;
            Assert.True(noindex != listed.Contains(BasicSite.BaseUrl + UrlOf(path)), $"{path}: noindex={noindex}");
        }
    }

    [Fact]
    public void Atom_feed_is_valid_and_has_one_entry_per_published_article()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(Built.ReadText("feed.xml")).Root!;

        Assert.Equal(atom + "feed", feed.Name);
        foreach (var required in new[] { "id", "title", "updated" })
            Assert.False(string.IsNullOrWhiteSpace(feed.Element(atom + required)?.Value), required);
        Assert.Contains(feed.Elements(atom + "link"), l => (string?)l.Attribute("rel") == "self");
        var entries = feed.Elements(atom + "entry").ToList();
        foreach (var entry in entries)
        {
            foreach (var required in new[] { "id", "title", "updated" })
                Assert.False(string.IsNullOrWhiteSpace(entry.Element(atom + required)?.Value), required);
            Assert.True(DateTimeOffset.TryParse(entry.Element(atom + "updated")!.Value, out _));
        }
        var linked = entries.Select(e => (string)e.Element(atom + "link")!.Attribute("href")!).Order(StringComparer.Ordinal);
        Assert.Equal(Articles.Select(a => BasicSite.BaseUrl + UrlOf(a)).Order(StringComparer.Ordinal), linked);
        Assert.Equal("Depression", entries[0].Element(atom + "title")!.Value);
    }

    [Fact]
    public void Every_page_header_has_a_need_help_now_link_to_the_help_page()
    {
        Assert.True(Built.Exists("help/index.html"));
        foreach (var (path, page) in Pages)
        {
            var link = page.QuerySelectorAll("header a").FirstOrDefault(a => a.TextContent.Trim() == "Need help now?");
            Assert.True(link is not null, $"{path}: no 'Need help now?' link in the header");
            Assert.Equal("/help/", link.GetAttribute("href"));
        }
    }

    [Fact]
    public void Urgent_help_card_appears_on_crisis_pages_only()
    {
        var withCard = Pages.Where(p => p.Value.QuerySelector("aside.crisis-card") is not null).Select(p => p.Key).ToList();

        Assert.Equal(["conditions/depression/index.html"], withCard);
        var card = Built.Page("conditions/depression/index.html").QuerySelector("aside.crisis-card")!;
        Assert.Contains("988", card.TextContent);
        Assert.Contains("116 123", card.TextContent);
        Assert.Equal("/help/", card.QuerySelector("a")?.GetAttribute("href"));
    }

    [Fact]
    public void Treatment_evidence_badge_links_to_its_level_on_the_evidence_guide()
    {
        var page = Built.Page("treatments/exercise/index.html");

        var evidence = page.QuerySelector("p.evidence");
        Assert.NotNull(evidence);
        Assert.Equal("Moderate evidence", evidence.QuerySelector(".badge")?.TextContent.Trim());
        var href = evidence.QuerySelector("a")?.GetAttribute("href");
        Assert.Equal("/guides/evidence-levels/#moderate", href);
        Assert.NotNull(Built.Page("guides/evidence-levels/index.html").GetElementById("moderate"));
    }

    [Fact]
    public void Only_treatments_show_an_evidence_badge()
    {
        var withBadge = Pages.Where(p => p.Value.QuerySelector("p.evidence") is not null).Select(p => p.Key).ToList();

        Assert.Equal(["treatments/exercise/index.html"], withBadge);
    }

    [Fact]
    public void Help_page_lists_the_crisis_lines_from_statiq_json_by_country()
    {
        var help = Built.Page("help/index.html");

        var us = help.GetElementById("country-us")?.ParentElement;
        var uk = help.GetElementById("country-uk")?.ParentElement;
        Assert.NotNull(us);
        Assert.NotNull(uk);
        Assert.Contains("988 Suicide & Crisis Lifeline: call or text 988", us.TextContent);
        Assert.Contains("Samaritans: call 116 123", uk.TextContent);
        Assert.Contains("NHS 111: call 111", uk.TextContent);
        Assert.Contains("call 999", uk.TextContent);
        Assert.Contains(uk.QuerySelectorAll("a"), a => a.GetAttribute("href") == "https://www.samaritans.org/");
        Assert.Equal("2026-11-26", help.QuerySelector(".review-note time")?.GetAttribute("datetime"));
    }

    [Fact]
    public void Every_footer_says_the_site_is_not_medical_advice()
    {
        foreach (var (path, page) in Pages)
        {
            var footer = page.QuerySelector("footer");
            Assert.True(footer is not null, $"{path}: no footer");
            Assert.Contains("Not medical advice.", footer.QuerySelector(".not-advice")?.TextContent ?? "");
        }
    }

    [Fact]
    public void No_element_loads_or_links_to_another_host_except_ordinary_links_in_content_and_footer()
    {
        var checkedLinks = 0;
        foreach (var (path, page) in Built.Html)
            foreach (var element in page.QuerySelectorAll("[src], [href], [action], [srcset], [poster], [data]"))
                foreach (var attribute in new[] { "src", "href", "action", "srcset", "poster", "data" })
                {
                    var value = element.GetAttribute(attribute);
                    if (value is null || !IsAbsolute(value, out var uri)) continue;
                    checkedLinks++;
                    if (uri?.Host == "synapse.example.org") continue;
                    var ordinaryLink = element.LocalName == "a" && attribute == "href" && element.Closest("main, footer") is not null && element.Closest("header, nav.site-nav") is null;
                    Assert.True(ordinaryLink, $"{path}: <{element.LocalName} {attribute}=\"{value}\"> refers to another host");
                }
        Assert.True(checkedLinks > 0);

        static bool IsAbsolute(string value, out Uri? uri)
        {
            uri = null;
            var v = value.Trim();
            if (v.StartsWith("//", StringComparison.Ordinal)) v = "https:" + v;
            else if (!v.StartsWith("http:", StringComparison.OrdinalIgnoreCase) && !v.StartsWith("https:", StringComparison.OrdinalIgnoreCase)) return false;
            Uri.TryCreate(v, UriKind.Absolute, out uri);
            return true;
        }
    }

    [Fact]
    public void Links_in_content_point_to_built_pages_files_and_ids()
    {
        var internalLinks = 0;
        foreach (var (path, page) in Pages)
            foreach (var element in page.QuerySelectorAll(".prose a[href], .prose img[src]"))
            {
                var value = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (!value.StartsWith('/') || value.StartsWith("//", StringComparison.Ordinal)) continue;
                internalLinks++;
                var hash = value.IndexOf('#');
                var target = (hash < 0 ? value : value[..hash])[1..];
                var file = target.Length == 0 || target.EndsWith('/') ? target + "index.html" : target;
                Assert.True(Built.Exists(file), $"{path}: {value} → {file} does not exist");
                if (hash >= 0)
                    Assert.True(Built.Page(file).GetElementById(value[(hash + 1)..]) is not null, $"{path}: {value} has no target id");
            }
        Assert.True(internalLinks >= 6, $"only {internalLinks} internal links checked");
    }

    [Fact]
    public void Markdown_links_are_rewritten_to_site_urls()
    {
        var hrefs = Built.Page("neurotransmitters/serotonin/index.html").QuerySelectorAll(".prose a:not(.heading-anchor)").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(
            ["/glossary/#synapse", "/neurotransmitters/dopamine/", "/neurotransmitters/dopamine/#receptors", "/guides/evidence-levels/#established", "https://www.nhs.uk/"],
            hrefs);
        Assert.Equal("/images/synapse.svg", Built.Page("neurotransmitters/serotonin/index.html").QuerySelector(".prose img")?.GetAttribute("src"));
        Assert.Equal("mailto:editors@synapse.example.org", Built.Page("about/index.html").QuerySelector(".prose a")?.GetAttribute("href"));
    }

    [Fact]
    public void Static_files_from_input_and_theme_assets_are_copied()
    {
        Assert.Equal(File.ReadAllBytes(Path.Combine(site.Root, "input", "images", "synapse.svg")), File.ReadAllBytes(Path.Combine(Built.Output, "images", "synapse.svg")));
        foreach (var asset in new[] { "site.css", "site.js", "favicon.svg" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(RepoPaths.Theme, "assets", asset)), File.ReadAllBytes(Path.Combine(Built.Output, "assets", asset)));
        Assert.False(Built.Exists("_data/glossary.yaml"));
        Assert.Contains($"Sitemap: {BasicSite.BaseUrl}/sitemap.xml", Built.ReadText("robots.txt"));
    }

    [Fact]
    public void Redirect_from_writes_a_stub_at_the_old_url_and_a_redirects_file()
    {
        var stub = Built.Page("old/serotonin/index.html");

        Assert.Equal("0; url=/neurotransmitters/serotonin/", stub.QuerySelector("meta[http-equiv=refresh]")?.GetAttribute("content"));
        Assert.Equal("/neurotransmitters/serotonin/", stub.QuerySelector("a")?.GetAttribute("href"));
        Assert.Equal("/old/serotonin/ /neurotransmitters/serotonin/ 301\n", Built.ReadText("_redirects"));
    }

    [Fact]
    public void Draft_page_is_not_built_listed_or_in_the_feed_by_default()
    {
        Assert.False(Built.Exists("treatments/lithium/index.html"));
        Assert.DoesNotContain("/treatments/lithium/", Built.ReadText("sitemap.xml"));
        Assert.DoesNotContain("/treatments/lithium/", Built.ReadText("feed.xml"));
        foreach (var (path, page) in Pages)
            Assert.True(page.QuerySelector("a[href='/treatments/lithium/']") is null, $"{path} links to the draft");
    }

    [Fact]
    public void Section_pages_list_their_articles_in_order_and_the_home_page_lists_every_section()
    {
        var neurotransmitters = Built.Page("neurotransmitters/index.html");
        Assert.Equal(["/neurotransmitters/serotonin/", "/neurotransmitters/dopamine/"], neurotransmitters.QuerySelectorAll(".cards .card > a").Select(a => a.GetAttribute("href")));

        var guides = Built.Page("guides/index.html");
        Assert.Equal("Guides", guides.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal(["/guides/evidence-levels/"], guides.QuerySelectorAll(".cards .card > a").Select(a => a.GetAttribute("href")));

        var home = Built.Page("index.html");
        Assert.Equal(["/neurotransmitters/", "/treatments/", "/conditions/", "/guides/"], home.QuerySelectorAll(".home-section h2 a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Tag_pages_list_the_articles_with_each_tag()
    {
        var mood = Built.Page("tags/mood/index.html");

        Assert.Equal(
            ["/conditions/depression/", "/neurotransmitters/dopamine/", "/treatments/exercise/", "/neurotransmitters/serotonin/"],
            mood.QuerySelectorAll(".card > a").Select(a => a.GetAttribute("href")));
        Assert.True(Built.Exists("tags/index.html"));
        Assert.False(Built.Exists("tags/medication/index.html"));
    }

    [Fact]
    public void Glossary_page_gives_each_term_an_id_for_links()
    {
        var glossary = Built.Page("glossary/index.html");

        Assert.Equal(["receptor", "synapse"], glossary.QuerySelectorAll("dl.glossary dt").Select(dt => dt.Id));
        Assert.Equal("#synapse", glossary.QuerySelector("#receptor + dd a")?.GetAttribute("href"));
    }

    [Fact]
    public void Review_dates_are_shown_and_next_review_defaults_to_three_years_later()
    {
        var times = Built.Page("treatments/exercise/index.html").QuerySelectorAll(".review-dates time").ToList();

        Assert.Equal(["2026-08-01", "2029-08-01"], times.Select(t => t.GetAttribute("datetime")));
        Assert.Equal("1 August 2026", times[0].TextContent.Trim());
    }

    [Fact]
    public void Raw_html_in_content_is_kept_but_scripts_and_event_handlers_are_removed()
    {
        var prose = Built.Page("conditions/depression/index.html").QuerySelector(".prose")!;

        Assert.Equal("Signs to look for", prose.QuerySelector("details summary")?.TextContent);
        Assert.Empty(prose.QuerySelectorAll("script"));
        Assert.DoesNotContain("steal()", prose.InnerHtml);
        Assert.Contains("Raw HTML is allowed but made safe.", prose.TextContent);
        Assert.Equal(["#key-points", "#getting-help"], prose.QuerySelectorAll("a.heading-anchor").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Skip_link_is_the_first_focusable_element_and_targets_the_main_content()
    {
        foreach (var (path, page) in Pages)
        {
            var first = page.Body!.QuerySelector("a[href], button, input, select, textarea, [tabindex]:not([tabindex='-1'])");
            Assert.True(first is not null, $"{path}: nothing focusable");
            Assert.True(first.ClassList.Contains("skip-link"), $"{path}: first focusable is <{first.LocalName} class=\"{first.ClassName}\">");
            Assert.Equal("#main-content", first.GetAttribute("href"));
            Assert.Equal("main", page.GetElementById("main-content")?.LocalName);
        }
    }

    [Fact]
    public void Every_page_has_one_h1_and_heading_levels_never_skip()
    {
        foreach (var (path, page) in Pages)
        {
            var levels = page.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList();
            Assert.True(levels.Count(l => l == 1) == 1, $"{path}: {levels.Count(l => l == 1)} h1 elements");
            Assert.True(levels[0] == 1, $"{path}: first heading is h{levels[0]}");
            for (var i = 1; i < levels.Count; i++)
                Assert.True(levels[i] <= levels[i - 1] + 1, $"{path}: h{levels[i - 1]} is followed by h{levels[i]}");
        }
    }

    [Fact]
    public void Urgent_help_card_announces_urgent_advice_to_screen_readers()
    {
        var card = Built.Page("conditions/depression/index.html").QuerySelector("aside.crisis-card")!;

        var hidden = card.QuerySelector("h2 .visually-hidden");
        Assert.Equal("Urgent advice: ", hidden?.TextContent);
        Assert.Equal("crisis-card-title", card.GetAttribute("aria-labelledby"));
        Assert.NotNull(card.QuerySelector("#crisis-card-title"));
    }
}
