using System.Net;
using System.Net.Sockets;
using Synapse.Preview;

namespace Synapse.Tests.Preview;

/// <summary>The preview server: extensionless URLs, the site's 404 page, the base path, and the live-reload/error channel.</summary>
public sealed class PreviewServerTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "synapse-preview-" + Guid.NewGuid().ToString("N"));

    public PreviewServerTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "guides", "x"));
        File.WriteAllText(Path.Combine(_root, "index.html"), "<p>home</p>");
        File.WriteAllText(Path.Combine(_root, "guides", "x", "index.html"), "<p>guide x</p>");
        File.WriteAllText(Path.Combine(_root, "404.html"), "<p>not here</p>");
        File.WriteAllText(Path.Combine(_root, "feed.xml"), "<feed/>");
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(20) };

    [Fact]
    public async Task Folder_urls_serve_their_index_and_a_folder_without_a_slash_redirects()
    {
        await using var server = await PreviewServer.StartAsync(_root, "/", FreePort(), liveReload: false);
        using var client = Client();

        Assert.Equal("<p>guide x</p>", await client.GetStringAsync(server.Url + "guides/x/"));
        var redirect = await client.GetAsync(server.Url + "guides/x");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal("/guides/x/", redirect.Headers.Location?.OriginalString);
        var feed = await client.GetAsync(server.Url + "feed.xml");
        Assert.Equal("application/atom+xml", feed.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Unknown_url_gets_status_404_with_the_sites_404_page()
    {
        await using var server = await PreviewServer.StartAsync(_root, "/", FreePort(), liveReload: false);
        using var client = Client();

        var response = await client.GetAsync(server.Url + "nope/");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("<p>not here</p>", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(server.Url + "../secret")).StatusCode);
    }

    [Fact]
    public async Task Site_under_a_base_path_is_served_only_under_that_path()
    {
        await using var server = await PreviewServer.StartAsync(_root, "/sub/", FreePort(), liveReload: false);
        using var client = Client();

        Assert.EndsWith("/sub/", server.Url);
        Assert.Equal("<p>home</p>", await client.GetStringAsync(server.Url));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(server.Url.Replace("/sub/", "/") + "guides/x/")).StatusCode);
    }

    [Fact]
    public async Task Live_reload_serves_its_script_and_reports_build_errors_until_a_good_build()
    {
        await using var server = await PreviewServer.StartAsync(_root, "/", FreePort(), liveReload: true);
        using var client = Client();
        var origin = server.Url.TrimEnd('/');

        Assert.Contains("EventSource", await client.GetStringAsync(origin + "/_synapse/live.js"));
        Assert.Equal("", await client.GetStringAsync(origin + "/_synapse/status"));

        server.Notify("input/a.md:3:1: error link/missing-page: …");
        Assert.Contains("input/a.md:3:1", await client.GetStringAsync(origin + "/_synapse/status"));

        using var events = await client.GetStreamAsync(origin + "/_synapse/events");
        using var reader = new StreamReader(events);
        Assert.Equal("event: connected", await reader.ReadLineAsync());
        server.Notify("");
        string? line;
        do line = await reader.ReadLineAsync(); while (line is not null && !line.StartsWith("event:", StringComparison.Ordinal));
        Assert.Equal("event: reload", line);
        Assert.Equal("", await client.GetStringAsync(origin + "/_synapse/status"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
