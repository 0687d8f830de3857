using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Synapse.Browser.Tests.Infrastructure;
using Synapse.Build;
using Synapse.Verify;
using Synapse.Verify.Browser;

namespace Synapse.Browser.Tests;

/// <summary>
/// The repository's site built once and served on one local port, and a clinic's site (host pages written by each test)
/// on a second port: another origin, as on the web.
/// </summary>
public sealed class EmbedSitesFixture : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _output = new();
    private readonly TempFolder _host = new();
    private LocalSite? _site;
    private LocalSite? _hostSite;

    internal Uri Site => _site!.Url;
    internal Uri Host => _hostSite!.Url;
    internal string Output => _output.Path;
    internal IBrowser Browser { get; private set; } = null!;

    /// <summary>The origin the site is built for (statiq.json baseUrl); tests route it to the local site.</summary>
    internal string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var build = SiteBuilder.Build(new BuildOptions(Repo.Root) { Output = _output.Path });
        if (!build.Succeeded)
            throw new InvalidOperationException("The site does not build:\n" + string.Join("\n", build.Diagnostics.Where(d => d.IsError)));
        BaseUrl = new Uri(JsonNode.Parse(File.ReadAllText(Path.Combine(_output.Path, "api", "articles.json")))!["articles"]![0]!["url"]!.GetValue<string>()).GetLeftPart(UriPartial.Authority);
        _site = await LocalSite.StartAsync(_output.Path, "/");
        _hostSite = await LocalSite.StartAsync(_host.Path, "/");
        Browser = await SharedBrowser.GetAsync();
    }

    /// <summary>Writes a clinic page on the host origin and returns its URL.</summary>
    internal Uri HostPage(string name, string body)
    {
        File.WriteAllText(Path.Combine(_host.Path, name),
            "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
            "<title>A clinic</title></head><body>\n<h1>Our clinic</h1>\n" + body + "\n</body></html>\n");
        return new Uri(Host, name);
    }

    /// <summary>A browser context in which the site's own origin (baseUrl) is served by the local site, so absolute links work offline.</summary>
    internal async Task<IBrowserContext> ContextAsync(ColorScheme scheme = ColorScheme.Light, int width = 1280)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 }, ColorScheme = scheme });
        await context.RouteAsync(BaseUrl + "/**", async route =>
        {
            var local = new Uri(Site, new Uri(route.Request.Url).PathAndQuery);
            var response = await route.FetchAsync(new RouteFetchOptions { Url = local.ToString() });
            await route.FulfillAsync(new RouteFulfillOptions { Response = response });
        });
        return context;
    }

    public async Task DisposeAsync()
    {
        if (_site is not null) await _site.DisposeAsync();
        if (_hostSite is not null) await _hostSite.DisposeAsync();
    }

    /// <summary>Deletes the folders once the servers have stopped (xUnit calls this after <see cref="DisposeAsync"/>).</summary>
    public void Dispose()
    {
        _output.Dispose();
        _host.Dispose();
    }
}

/// <summary>Embeds in Chromium: embed.js on another origin, auto-height, the WordPress protocol, links, oEmbed, accessibility.</summary>
public sealed class EmbedTests(EmbedSitesFixture sites) : IClassFixture<EmbedSitesFixture>
{
    private static readonly string[] AxeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private string Script => new Uri(sites.Site, "embed.js").ToString();

    private string Snippet(string id, string attributes = "") =>
        $"<div data-synapse-embed=\"{id}\"{attributes}><noscript><a href=\"{sites.Site}{id}/\">Read the article</a></noscript></div>";

    /// <summary>The iframe's height on the host page, and the height of the article inside it (its body's box, which does not depend on the frame's size).</summary>
    private static async Task<(double Frame, double Content)> HeightsAsync(IPage page, int index)
    {
        var frameElement = page.Locator("iframe").Nth(index);
        var box = await frameElement.BoundingBoxAsync() ?? throw new InvalidOperationException("iframe not rendered");
        var frame = await (await frameElement.ElementHandleAsync()).ContentFrameAsync() ?? throw new InvalidOperationException("no frame");
        var content = await frame.EvaluateAsync<double>("() => document.body.getBoundingClientRect().height");
        return (box.Height, content);
    }

    private static async Task WaitForFittedAsync(IPage page, int index)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        (double Frame, double Content) last = default;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                last = await HeightsAsync(page, index);
                if (last.Content > 100 && Math.Abs(last.Frame - last.Content) <= 4) return;
            }
            catch (InvalidOperationException) { }
            await page.WaitForTimeoutAsync(100);
        }
        Assert.Fail($"iframe {index} is {last.Frame} px tall, its content {last.Content} px");
    }

    private static async Task<IFrame> FrameAsync(IPage page, int index) =>
        (await (await page.Locator("iframe").Nth(index).ElementHandleAsync()).ContentFrameAsync())!;

    [Fact]
    public async Task Two_embeds_on_a_page_of_another_origin_fit_their_content_after_load_and_at_390_px()
    {
        Assert.NotEqual(sites.Site.Port, sites.Host.Port);
        var url = sites.HostPage("two.html", Snippet("treatments/tms") + "\n<p>Between the articles.</p>\n" +
            Snippet("conditions/depression", " data-view=\"summary\" data-theme=\"dark\"") + $"\n<script src=\"{Script}\" async></script>");
        await using var context = await sites.ContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(url.ToString());
        Assert.Equal(2, await page.Locator("iframe").CountAsync());

        await WaitForFittedAsync(page, 0);
        await page.Locator("iframe").Nth(1).ScrollIntoViewIfNeededAsync();
        await WaitForFittedAsync(page, 1);
        var wide = await HeightsAsync(page, 0);
        var summary = await HeightsAsync(page, 1);
        Assert.True(summary.Frame < wide.Frame, "the summary view is shorter than the full article");

        await page.SetViewportSizeAsync(390, 844);
        await WaitForFittedAsync(page, 0);
        await page.Locator("iframe").Nth(1).ScrollIntoViewIfNeededAsync();
        await WaitForFittedAsync(page, 1);
        var narrow = await HeightsAsync(page, 0);
        Assert.True(narrow.Frame > wide.Frame + 100, $"at 390 px the article is taller ({narrow.Frame} px) than at 1280 px ({wide.Frame} px)");

        // Each frame is sandboxed without allow-same-origin, loads lazily, and takes its title from the article.
        var first = page.Locator("iframe").Nth(0);
        Assert.Equal("allow-scripts allow-popups allow-popups-to-escape-sandbox", await first.GetAttributeAsync("sandbox"));
        Assert.Equal("lazy", await first.GetAttributeAsync("loading"));
        Assert.Equal("Transcranial magnetic stimulation (TMS)", await first.GetAttributeAsync("title"));
        Assert.Equal(new Uri(sites.Site, "embed/treatments/tms/").ToString(), await first.GetAttributeAsync("src"));
        Assert.Contains("view=summary", await page.Locator("iframe").Nth(1).GetAttributeAsync("src"));
        Assert.Equal("null", await (await FrameAsync(page, 0)).EvaluateAsync<string>("() => self.origin"));
    }

    [Fact]
    public async Task Height_messages_from_another_window_or_without_a_sane_number_are_ignored()
    {
        var url = sites.HostPage("messages.html", Snippet("treatments/exercise") + $"\n<script src=\"{Script}\" async></script>\n" +
            "<iframe id=\"other\" title=\"Another frame\" srcdoc=\"<p>other</p>\"></iframe>");
        await using var context = await sites.ContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(url.ToString());
        await WaitForFittedAsync(page, 0);
        var embed = page.Locator("iframe[sandbox]");
        async Task<string> Height() => await embed.EvaluateAsync<string>("f => f.style.height");
        var fitted = await Height();

        // From the host page itself, and from another frame on it: the right shape, the wrong window.
        await page.EvaluateAsync("() => window.postMessage({ type: 'synapse:embed-height', height: 77 }, '*')");
        await page.EvaluateAsync("() => document.getElementById('other').contentWindow.parent.postMessage({ type: 'synapse:embed-height', height: 78 }, '*')");
        await page.Locator("#other").EvaluateAsync("f => f.contentWindow.eval(\"parent.postMessage({ type: 'synapse:embed-height', height: 79 }, '*')\")");
        // From the embed's own window, but not a sane number.
        var frame = await FrameAsync(page, 0);
        foreach (var bad in new[] { "'900'", "'900px'", "NaN", "Infinity", "-5", "1e9", "null", "{}" })
            await frame.EvaluateAsync($"() => parent.postMessage({{ type: 'synapse:embed-height', height: {bad} }}, '*')");
        await page.WaitForTimeoutAsync(500);
        Assert.Equal(fitted, await Height());

        // The same channel with a sane number from the embed's window is obeyed: the refusals above were for cause.
        await frame.EvaluateAsync("() => parent.postMessage({ type: 'synapse:embed-height', height: 1234 }, '*')");
        await page.WaitForFunctionAsync("() => document.querySelector('iframe[sandbox]').style.height === '1234px'");
    }

    [Fact]
    public async Task The_wordpress_protocol_sizes_a_frame_the_way_wp_embed_does()
    {
        // What WordPress stores for an oEmbed result (only the iframe, its own sandbox, a secret in the hash and in
        // data-secret) and a host script that follows the protocol of WordPress's wp-embed: it sends "ready", then
        // accepts {secret, message: "height", value} only from that iframe's window, clamped to 200–1000 px.
        var oembed = JsonNode.Parse(File.ReadAllText(Path.Combine(sites.Output, "oembed", "conditions", "depression.json")))!;
        var src = System.Text.RegularExpressions.Regex.Match((string)oembed["html"]!, "src=\"([^\"]+)\"").Groups[1].Value;
        Assert.Equal(sites.BaseUrl + "/embed/conditions/depression/", src);
        const string secret = "a1B2c3D4e5";
        var host = $$"""
            <iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" title="Depression" width="600" height="300" src="{{src}}#?secret={{secret}}" data-secret="{{secret}}"></iframe>
            <script>
            window.seen = [];
            window.addEventListener('message', function (e) {
              var d = e.data;
              if (!d || !d.secret || /[^a-zA-Z0-9]/.test(d.secret)) return;
              var frames = document.querySelectorAll('iframe[data-secret="' + d.secret + '"]');
              for (var i = 0; i < frames.length; i++) {
                if (e.source !== frames[i].contentWindow) continue;
                window.seen.push(d);
                if (d.message === 'height') frames[i].height = Math.min(1000, Math.max(200, parseInt(d.value, 10)));
              }
            });
            document.addEventListener('DOMContentLoaded', function () {
              var f = document.querySelector('iframe.wp-embedded-content');
              f.contentWindow.postMessage({ message: 'ready', secret: f.getAttribute('data-secret') }, '*');
            });
            </script>
            """;
        await using var context = await sites.ContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(sites.HostPage("wordpress.html", host).ToString());
        await page.WaitForFunctionAsync("() => window.seen.some(d => d.message === 'height')");
        var frame = await FrameAsync(page, 0);
        var content = await frame.EvaluateAsync<double>("() => document.documentElement.getBoundingClientRect().height");
        var reported = await page.EvaluateAsync<double>("() => window.seen.filter(d => d.message === 'height').pop().value");
        Assert.True(Math.Abs(reported - content) <= 4, $"reported {reported} px, content {content} px");
        Assert.Equal(Math.Min(1000, Math.Max(200, (int)reported)).ToString(), await page.Locator("iframe").GetAttributeAsync("height"));
        Assert.Equal("1000", await page.Locator("iframe").GetAttributeAsync("height"));
        Assert.All(await page.EvaluateAsync<string[]>("() => window.seen.map(d => d.secret)"), s => Assert.Equal(secret, s));
    }

    [Fact]
    public async Task A_link_clicked_inside_an_embed_opens_in_a_new_tab_and_the_frame_stays()
    {
        var url = sites.HostPage("link.html", Snippet("treatments/tms") + $"\n<script src=\"{Script}\" async></script>");
        await using var context = await sites.ContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(url.ToString());
        await WaitForFittedAsync(page, 0);
        var frame = await FrameAsync(page, 0);
        var embedUrl = frame.Url;

        var popup = await page.RunAndWaitForPopupAsync(() => frame.Locator(".embed-more a").ClickAsync());
        await popup.WaitForLoadStateAsync();
        Assert.Equal(sites.BaseUrl + "/treatments/tms/", popup.Url);
        Assert.Equal("Transcranial magnetic stimulation (TMS)", (await popup.Locator("h1").TextContentAsync())?.Trim());
        // The new tab is an ordinary page (allow-popups-to-escape-sandbox): its scripts and storage work.
        Assert.True(await popup.EvaluateAsync<bool>("() => { try { localStorage.setItem('x', '1'); return true; } catch (e) { return false; } }"));
        Assert.Equal(embedUrl, frame.Url);
        Assert.Equal(url.ToString(), page.Url);
    }

    [Fact]
    public async Task The_html_of_every_oembed_file_pasted_into_a_page_shows_the_article()
    {
        var files = Directory.EnumerateFiles(Path.Combine(sites.Output, "oembed"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count > 30);
        await using var context = await sites.ContextAsync();
        var page = await context.NewPageAsync();
        foreach (var file in files)
        {
            var oembed = JsonNode.Parse(File.ReadAllText(file))!;
            foreach (var field in new[] { "type", "version", "html", "width", "height" })
                Assert.True(oembed[field] is not null, $"{file}: {field}");
            await page.GotoAsync(sites.HostPage("oembed.html", (string)oembed["html"]!).ToString());
            var frame = page.FrameLocator("iframe");
            await Assertions.Expect(frame.Locator("h1")).ToHaveTextAsync((string)oembed["title"]!, new LocatorAssertionsToHaveTextOptions { Timeout = 10000 });
            Assert.True(await frame.Locator(".embed-attribution").IsVisibleAsync(), file);
        }
    }

    public static TheoryData<string, string, ColorScheme> AxeCases => new()
    {
        { "conditions/depression", "", ColorScheme.Light },
        { "conditions/depression", "", ColorScheme.Dark },
        { "treatments/tms", "?theme=dark&accent=ff00ff", ColorScheme.Light },
        { "treatments/tms", "?theme=light&view=summary", ColorScheme.Dark },
        { "neurotransmitters/serotonin", "?references=hide&help=hide", ColorScheme.Light },
    };

    [Theory]
    [MemberData(nameof(AxeCases))]
    public async Task Axe_finds_no_violation_in_embed_views_in_light_and_dark(string id, string query, ColorScheme scheme)
    {
        foreach (var width in new[] { 1280, 390 })
        {
            await using var context = await sites.ContextAsync(scheme, width);
            var page = await context.NewPageAsync();
            await page.GotoAsync(new Uri(sites.Site, $"embed/{id}/{query}").ToString());
            await AxeRunner.InjectAsync(page);
            var violations = await AxeRunner.RunAsync(page, AxeTags);
            Assert.True(violations.Count == 0, $"{id}{query} {scheme} {width}px:\n" + string.Join("\n", violations.Select(v => $"{v.Id}: {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Target))}")));
        }
    }

    [Fact]
    public async Task Options_in_the_address_reach_the_page_and_only_a_hex_accent_reaches_css()
    {
        await using var context = await sites.ContextAsync();
        var page = await context.NewPageAsync();
        async Task<string> Accent(string query)
        {
            await page.GotoAsync(new Uri(sites.Site, "embed/treatments/tms/" + query).ToString());
            return await page.EvaluateAsync<string>("() => document.documentElement.style.getPropertyValue('--accent')");
        }
        Assert.Equal("#c50", await Accent("?accent=c50"));
        Assert.Equal("#12ab9f", await Accent("?accent=%2312ab9f"));
        Assert.Equal("", await Accent("?accent=red"));
        Assert.Equal("", await Accent("?accent=" + WebUtility.UrlEncode("#fff;background:url(//x)")));
        Assert.Equal("", await Accent("?accent=" + WebUtility.UrlEncode("#ffffff}body{display:none")));

        await page.GotoAsync(new Uri(sites.Site, "embed/treatments/tms/?view=summary&references=hide&help=hide&theme=dark").ToString());
        Assert.False(await page.Locator(".embed-body").IsVisibleAsync());
        Assert.False(await page.Locator(".embed-references").IsVisibleAsync());
        Assert.False(await page.Locator(".urgent-help").IsVisibleAsync());
        Assert.True(await page.Locator(".embed-key-points").IsVisibleAsync());
        Assert.Equal("rgb(18, 20, 23)", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));

        // A crisis article keeps the urgent-help line whatever the options say.
        await page.GotoAsync(new Uri(sites.Site, "embed/conditions/depression/?view=summary&help=hide").ToString());
        Assert.True(await page.Locator(".urgent-help").IsVisibleAsync());
    }

    [Fact]
    public async Task Embed_this_page_keeps_the_snippet_in_step_with_the_options_copies_it_and_shows_a_live_preview()
    {
        await using var context = await sites.ContextAsync();
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(new Uri(sites.Site, "treatments/tms/").ToString());
        await page.Locator("details.embed-this summary").ClickAsync();
        await page.GetByLabel("A summary and key points").CheckAsync();
        await page.GetByLabel("Accent colour (optional, a hex colour such as #2a5db0)").FillAsync("#C50");
        var snippet = await page.Locator("#embed-snippet").InputValueAsync();
        Assert.StartsWith("<div data-synapse-embed=\"treatments/tms\" data-view=\"summary\" data-accent=\"#c50\"><noscript>", snippet);

        var preview = page.FrameLocator("[data-embed-preview] iframe");
        await Assertions.Expect(preview.Locator("h1")).ToHaveTextAsync("Transcranial magnetic stimulation (TMS)");
        Assert.Contains("view=summary", await page.Locator("[data-embed-preview] iframe").GetAttributeAsync("src"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Copy the code" }).ClickAsync();
        await Assertions.Expect(page.Locator(".embed-status")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Copied"));
        Assert.Empty(errors);
    }
}
