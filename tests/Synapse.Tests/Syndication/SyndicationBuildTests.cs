using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Json.Schema;
using Synapse.Tests.Builds;
using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Syndication;

/// <summary>
/// What clinics get from a build of tests/fixtures/basic-site: embed views, oEmbed files, the content API and its schema,
/// /embed.js, the clinics page, "Embed this page" on articles and the _headers rules.
/// </summary>
public sealed class SyndicationBuildTests(BasicSite site) : IClassFixture<BasicSite>
{
    private static readonly string[] ArticleIds = ["conditions/depression", "guides/evidence-levels", "neurotransmitters/dopamine", "neurotransmitters/serotonin", "treatments/exercise"];
    private BuiltSite Built => site.Built;

    private IDocument Embed(string id) => Built.Page($"embed/{id}/index.html");

    [Fact]
    public void The_build_succeeds()
    {
        Assert.True(Built.Result.Succeeded, string.Join("\n", Built.Result.Diagnostics));
    }

    [Fact]
    public void Every_article_has_an_embed_view_with_noindex_canonical_attribution_and_review_dates_but_no_site_navigation()
    {
        foreach (var id in ArticleIds)
        {
            var embed = Embed(id);
            var page = Built.Page($"{id}/index.html");
            Assert.Equal(page.QuerySelector("h1")!.TextContent.Trim(), embed.QuerySelector("h1")!.TextContent.Trim());
            Assert.Equal("noindex", embed.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
            Assert.Equal($"{BasicSite.BaseUrl}/{id}/", embed.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
            Assert.Null(embed.QuerySelector("header, nav, form, .site-footer"));
            var attribution = embed.QuerySelector(".embed-attribution")!.TextContent;
            Assert.Contains("Content supplied by Synapse", attribution);
            Assert.Contains("Page last reviewed:", attribution);
            Assert.Contains("Next review due:", attribution);
            Assert.NotNull(embed.QuerySelector($".embed-attribution a[rel~=license][href='https://creativecommons.org/licenses/by-nc-sa/4.0/']"));
            Assert.NotNull(embed.QuerySelector($".embed-attribution a[href='{BasicSite.BaseUrl}/{id}/']"));
        }
    }

    [Fact]
    public void Every_link_in_an_embed_view_is_absolute_and_opens_in_a_new_tab()
    {
        foreach (var id in ArticleIds)
        {
            var links = Embed(id).QuerySelectorAll("body a[href]").ToList();
            Assert.NotEmpty(links);
            foreach (var link in links)
            {
                var href = link.GetAttribute("href")!;
                Assert.True(Uri.TryCreate(href, UriKind.Absolute, out var uri), $"{id}: link '{href}' is not absolute");
                if (uri.Scheme is "mailto" or "tel") continue;
                Assert.Equal("_blank", link.GetAttribute("target"));
                Assert.Contains("noopener", link.GetAttribute("rel") ?? "");
            }
        }
        // The depression fixture links to the exercise article with xref: in the embed it points at our site, not at the frame.
        Assert.NotNull(Embed("conditions/depression").QuerySelector($"a[href='{BasicSite.BaseUrl}/treatments/exercise/']"));
    }

    [Fact]
    public void Embed_views_carry_the_article_parts_the_options_switch_between()
    {
        var embed = Embed("conditions/depression");
        Assert.Equal("full", embed.DocumentElement.GetAttribute("data-view"));
        Assert.Equal("auto", embed.DocumentElement.GetAttribute("data-theme"));
        Assert.NotNull(embed.QuerySelector(".embed-key-points h2#key-points"));
        Assert.Equal("Key points", embed.QuerySelector(".embed-key-points h2")!.TextContent);
        Assert.Contains("Getting help", embed.QuerySelector(".embed-body")!.TextContent);
        Assert.Null(embed.QuerySelector(".embed-body #key-points"));
        Assert.Null(embed.QuerySelector(".heading-anchor, .ref-backlinks"));
        Assert.NotNull(embed.QuerySelector($".embed-more a[href='{BasicSite.BaseUrl}/conditions/depression/']"));
    }

    [Fact]
    public void A_crisis_article_always_shows_the_urgent_help_line_and_other_articles_may_hide_it()
    {
        var crisis = Embed("conditions/depression").QuerySelector(".urgent-help")!;
        Assert.False(crisis.HasAttribute("data-optional"));
        Assert.Contains("988", crisis.TextContent);
        Assert.Contains("Samaritans", crisis.TextContent);
        Assert.Equal("Urgent advice:", crisis.QuerySelector(".visually-hidden")!.TextContent.Trim());

        var other = Embed("treatments/exercise").QuerySelector(".urgent-help")!;
        Assert.True(other.HasAttribute("data-optional"));
        Assert.Contains("988", other.TextContent);

        // The only rule that hides the line needs data-optional, which a crisis article's line never has.
        var css = File.ReadAllText(Path.Combine(RepoPaths.Theme, "assets", "embed.css"));
        var hiding = css.Split('\n').Where(l => l.Contains(".urgent-help", StringComparison.Ordinal) && (l.Contains("data-help") || l.Contains("display: none"))).ToList();
        Assert.NotEmpty(hiding);
        Assert.All(hiding, l => Assert.Contains(".urgent-help[data-optional]", l));
    }

    [Fact]
    public void Every_article_page_links_its_oembed_file_for_discovery()
    {
        foreach (var id in ArticleIds)
        {
            var link = Built.Page($"{id}/index.html").QuerySelector("link[rel=alternate][type='application/json+oembed']");
            Assert.NotNull(link);
            Assert.Equal($"{BasicSite.BaseUrl}/oembed/{id}.json", link.GetAttribute("href"));
            Assert.False(string.IsNullOrWhiteSpace(link.GetAttribute("title")));
            Assert.True(Built.Exists($"oembed/{id}.json"));
        }
        Assert.Null(Built.Page("help/index.html").QuerySelector("link[type='application/json+oembed']"));
    }

    [Fact]
    public void Every_oembed_file_has_every_required_field_and_its_html_is_one_sandboxed_iframe_of_the_embed_view()
    {
        var files = Directory.EnumerateFiles(Path.Combine(Built.Output, "oembed"), "*.json", SearchOption.AllDirectories).ToList();
        Assert.Equal(ArticleIds.Length, files.Count);
        foreach (var id in ArticleIds)
        {
            var json = JsonNode.Parse(Built.ReadText($"oembed/{id}.json"))!.AsObject();
            Assert.Equal("rich", (string?)json["type"]);
            Assert.Equal("1.0", (string?)json["version"]);
            Assert.True((int)json["width"]! > 0);
            Assert.True((int)json["height"]! > 0);
            Assert.Equal(Built.Page($"{id}/index.html").QuerySelector("h1")!.TextContent.Trim(), (string?)json["title"]);
            Assert.Equal("Synapse Test", (string?)json["provider_name"]);
            Assert.Equal(BasicSite.BaseUrl + "/", (string?)json["provider_url"]);
            Assert.Equal(7 * 24 * 3600, (int)json["cache_age"]!);

            var fragment = new HtmlParser().ParseDocument("<body>" + (string)json["html"]! + "</body>").Body!;
            var iframe = Assert.Single(fragment.Children);
            Assert.Equal("iframe", iframe.LocalName);
            Assert.Equal($"{BasicSite.BaseUrl}/embed/{id}/", iframe.GetAttribute("src"));
            Assert.Equal(["allow-popups", "allow-popups-to-escape-sandbox", "allow-scripts"], iframe.GetAttribute("sandbox")!.Split(' ').Order());
            Assert.False(string.IsNullOrWhiteSpace(iframe.GetAttribute("title")));
            Assert.Equal("lazy", iframe.GetAttribute("loading"));
        }
    }

    [Fact]
    public void The_api_index_lists_every_article_with_links_to_its_files()
    {
        var index = JsonNode.Parse(Built.ReadText("api/articles.json"))!;
        var articles = index["articles"]!.AsArray();
        Assert.Equal(ArticleIds, articles.Select(a => (string)a!["id"]!).ToArray());
        foreach (var a in articles)
        {
            var id = (string)a!["id"]!;
            Assert.Equal($"{BasicSite.BaseUrl}/{id}/", (string?)a["url"]);
            Assert.Equal($"{BasicSite.BaseUrl}/api/articles/{id}.json", (string?)a["api"]);
            Assert.True(Built.Exists($"api/articles/{id}.json"));
        }
        Assert.Equal(7, (int)index["refresh"]!["maxAgeDays"]!);
        Assert.Contains("non-commercial", (string)index["license"]!["summary"]!);
    }

    [Fact]
    public void An_api_article_has_its_sections_as_html_and_text_key_points_and_csl_json_references()
    {
        var article = JsonNode.Parse(Built.ReadText("api/articles/conditions/depression.json"))!;
        var sections = article["sections"]!.AsArray();
        Assert.Equal("Key points", (string?)sections[0]!["headline"]);
        Assert.Contains(sections, s => (string?)s!["headline"] == "Getting help" && ((string)s["text"]!).Contains("Talk to a doctor."));
        Assert.All(sections, s => Assert.DoesNotContain("heading-anchor", (string)s!["html"]!));
        Assert.Equal(["Depression is common and treatable.", "Exercise can help."], article["keyPoints"]!.AsArray().Select(k => (string)k!).ToArray());
        // A relative link in the body becomes absolute, so the copy works on another site.
        Assert.Contains(sections, s => ((string)s!["html"]!).Contains($"href=\"{BasicSite.BaseUrl}/treatments/exercise/\"", StringComparison.Ordinal));
        Assert.True((bool)article["crisis"]!);
        Assert.Equal("Content supplied by Synapse", (string?)article["attribution"]!["text"]);

    }

    [Fact]
    public void Every_api_file_validates_against_the_published_schema()
    {
        var list = ApiSchemaValidation.Validate(ApiSchemaValidation.Schema(Built, "articleList"), Built.ReadText("api/articles.json"));
        Assert.True(list.IsValid, ApiSchemaValidation.Errors(list));
        var article = ApiSchemaValidation.Schema(Built, "article");
        var files = Directory.EnumerateFiles(Path.Combine(Built.Output, "api", "articles"), "*.json", SearchOption.AllDirectories).ToList();
        Assert.Equal(ArticleIds.Length, files.Count);
        foreach (var file in files)
        {
            var result = ApiSchemaValidation.Validate(article, File.ReadAllText(file));
            Assert.True(result.IsValid, file + "\n" + ApiSchemaValidation.Errors(result));
        }
    }

    [Fact]
    public void The_schema_rejects_an_article_without_review_dates_or_with_an_unknown_field()
    {
        var schema = ApiSchemaValidation.Schema(Built, "article");
        var good = JsonNode.Parse(Built.ReadText("api/articles/conditions/depression.json"))!.AsObject();
        var noDates = good.DeepClone().AsObject();
        noDates.Remove("nextReview");
        Assert.False(ApiSchemaValidation.Validate(schema, noDates.ToJsonString()).IsValid);
        var extra = good.DeepClone().AsObject();
        extra["surprise"] = 1;
        Assert.False(ApiSchemaValidation.Validate(schema, extra.ToJsonString()).IsValid);
        var badEvidence = good.DeepClone().AsObject();
        badEvidence["evidence"] = "miraculous";
        Assert.False(ApiSchemaValidation.Validate(schema, badEvidence.ToJsonString()).IsValid);
        Assert.False(ApiSchemaValidation.Validate(ApiSchemaValidation.Schema(Built, "articleList"), good.ToJsonString()).IsValid);
    }

    [Fact]
    public void The_old_per_article_json_is_a_note_pointing_to_the_api_file()
    {
        foreach (var id in ArticleIds)
        {
            var note = JsonNode.Parse(Built.ReadText($"{id}/index.json"))!;
            Assert.Equal($"{BasicSite.BaseUrl}/api/articles/{id}.json", (string?)note["moved"]);
            Assert.Contains("no longer updated", (string)note["note"]!);
            Assert.True(Built.Exists($"api/articles/{id}.json"));
            Assert.Equal($"/api/articles/{id}.json", Built.Page($"{id}/index.html").QuerySelector("link[rel=alternate][type='application/json']")?.GetAttribute("href"));
        }
    }

    [Fact]
    public void Every_syndication_file_is_a_registered_output_naming_its_article()
    {
        var files = Built.Result.Files;
        Assert.Equal("embed-views", Assert.Single(files, f => f.Path == "embed/conditions/depression/index.html").Producer);
        Assert.Equal("input/conditions/depression.md", Assert.Single(files, f => f.Path == "embed/conditions/depression/index.html").Source?.File);
        Assert.Equal("oembed", Assert.Single(files, f => f.Path == "oembed/conditions/depression.json").Producer);
        Assert.Equal("content-api", Assert.Single(files, f => f.Path == "api/articles/conditions/depression.json").Producer);
        Assert.Equal("content-api", Assert.Single(files, f => f.Path == "api/schema.json").Producer);
        Assert.Equal("embed-script", Assert.Single(files, f => f.Path == "embed.js").Producer);
        Assert.Equal("clinics-page", Assert.Single(files, f => f.Path == "clinics/index.html").Producer);
        Assert.Equal("host-headers", Assert.Single(files, f => f.Path == "_headers").Producer);
    }

    [Fact]
    public void Embed_js_is_served_from_the_site_root_and_is_at_most_5_kb()
    {
        var theme = File.ReadAllBytes(Path.Combine(RepoPaths.Theme, "assets", "embed.js"));
        Assert.Equal(theme, File.ReadAllBytes(Path.Combine(Built.Output, "embed.js")));
        Assert.True(theme.Length <= 5 * 1024, $"embed.js is {theme.Length} bytes");
        var text = System.Text.Encoding.UTF8.GetString(theme);
        Assert.Contains("allow-scripts allow-popups allow-popups-to-escape-sandbox", text);
        Assert.DoesNotContain("allow-same-origin'", text);
        Assert.Contains("event.source", text);
    }

    [Fact]
    public void Every_article_offers_its_embed_snippet_with_an_absolute_script_url()
    {
        foreach (var id in ArticleIds)
        {
            var page = Built.Page($"{id}/index.html");
            var snippet = page.QuerySelector("textarea#embed-snippet")!.TextContent;
            Assert.Contains($"<div data-synapse-embed=\"{id}\"><noscript><a href=\"{BasicSite.BaseUrl}/{id}/\">", snippet);
            Assert.Contains($"<script src=\"{BasicSite.BaseUrl}/embed.js\" async></script>", snippet);
            Assert.NotNull(page.QuerySelector("label[for=embed-snippet]"));
            Assert.NotNull(page.QuerySelector("[data-embed-copy]"));
        }
    }

    [Fact]
    public void No_page_needs_inline_script()
    {
        foreach (var (path, page) in Built.Pages)
            foreach (var script in page.QuerySelectorAll("script"))
                Assert.True(script.HasAttribute("src") || script.GetAttribute("type") == "application/ld+json", $"{path}: inline script {script.OuterHtml[..Math.Min(80, script.OuterHtml.Length)]}");
        foreach (var (path, page) in Built.Pages)
            Assert.Empty(page.All.Where(e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal))).Select(e => path + ": " + e.LocalName));
    }

    [Fact]
    public void The_clinics_page_explains_the_three_ways_the_licence_and_the_refresh_rule()
    {
        var page = Built.Page("clinics/index.html");
        var text = page.QuerySelector("main")!.TextContent;
        foreach (var heading in new[] { "1. Paste a snippet", "2. Paste a link into WordPress", "3. Use the content API", "Options", "The licence in plain words", "Keeping copies current" })
            Assert.Contains(page.QuerySelectorAll("h2"), h => h.TextContent.Trim().StartsWith(heading + " ", StringComparison.Ordinal) || h.TextContent.Trim() == heading);
        Assert.Contains("at least every 7 days", text);
        Assert.Contains("Non-commercial", text);
        Assert.Contains("A private clinic", text);
        Assert.Contains($"<script src=\"{BasicSite.BaseUrl}/embed.js\" async></script>", page.QuerySelector("pre code")!.TextContent);
        Assert.Contains($"{BasicSite.BaseUrl}/api/articles.json", text);
        Assert.Contains($"<loc>{BasicSite.BaseUrl}/clinics/</loc>", Built.ReadText("sitemap.xml"));
    }

    [Fact]
    public void Headers_let_only_embed_views_be_framed_and_open_the_api_and_oembed_files_to_every_origin()
    {
        var headers = HeadersFile.Parse(Built.ReadText("_headers"));
        var files = Directory.EnumerateFiles(Built.Output, "*", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(Built.Output, f).Replace('\\', '/')).ToList();
        var pages = files.Where(f => f.EndsWith(".html", StringComparison.Ordinal))
            .Select(f => f.EndsWith("/index.html", StringComparison.Ordinal) ? f[..^"index.html".Length] : f).ToList();
        Assert.Contains("/", pages);

        foreach (var page in pages)
        {
            var set = headers.For(page);
            var csp = set.Where(h => h.Name == "Content-Security-Policy").Select(h => h.Value).ToList();
            var policy = Assert.Single(csp);
            Assert.Contains("script-src 'self'", policy);
            Assert.DoesNotContain("unsafe-inline", policy);
            Assert.Contains(set, h => h == ("X-Content-Type-Options", "nosniff"));
            if (page.StartsWith("/embed/", StringComparison.Ordinal))
            {
                Assert.Contains("frame-ancestors *", policy);
                Assert.DoesNotContain(set, h => h.Name == "X-Frame-Options");
            }
            else
            {
                Assert.Contains("frame-ancestors 'none'", policy);
                Assert.Contains(set, h => h == ("X-Frame-Options", "DENY"));
            }
            Assert.DoesNotContain(set, h => h.Name == "Access-Control-Allow-Origin");
        }
        foreach (var file in files.Where(f => f.StartsWith("/api/", StringComparison.Ordinal) || f.StartsWith("/oembed/", StringComparison.Ordinal)))
            Assert.Contains(headers.For(file), h => h == ("Access-Control-Allow-Origin", "*"));
        Assert.Contains(files, f => f.StartsWith("/oembed/", StringComparison.Ordinal));
    }
}
