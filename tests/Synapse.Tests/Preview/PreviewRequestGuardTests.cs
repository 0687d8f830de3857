using System.Net;
using System.Net.Sockets;
using System.Text;
using Synapse.Preview;

namespace Synapse.Tests.Preview;

/// <summary>The preview answers only localhost, serves only plain paths inside its folder, and never redirects to another host.</summary>
public sealed class PreviewRequestGuardTests : IDisposable
{
    private readonly string _parent = Path.Combine(Path.GetTempPath(), "synapse-guard-" + Guid.NewGuid().ToString("N"));
    private string Root => Path.Combine(_parent, "site");

    public PreviewRequestGuardTests()
    {
        Directory.CreateDirectory(Path.Combine(Root, "guides", "x"));
        File.WriteAllText(Path.Combine(Root, "index.html"), "<p>home</p>");
        File.WriteAllText(Path.Combine(Root, "guides", "x", "index.html"), "<p>guide x</p>");
        File.WriteAllText(Path.Combine(Root, "404.html"), "<p>not here</p>");
        // A sibling of the site folder whose name starts with the site folder's name.
        Directory.CreateDirectory(Path.Combine(_parent, "site-private"));
        File.WriteAllText(Path.Combine(_parent, "site-private", "secret.txt"), "SECRET");
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Sends a raw HTTP/1.1 request (so the target and Host are exactly as written) and returns the response head and body.</summary>
    private static async Task<string> Raw(int port, string target, string host)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port);
        using var stream = client.GetStream();
        var request = Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }

    private static string Status(string response) => response.Split("\r\n")[0];

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    public async Task Loopback_host_names_are_served(string host)
    {
        var port = FreePort();
        await using var server = await PreviewServer.StartAsync(Root, "/", port, liveReload: false);

        var response = await Raw(port, "/guides/x/", host + ":" + port);

        Assert.Contains(" 200 ", Status(response));
        Assert.Contains("guide x", response);
    }

    [Theory]
    [InlineData("attacker.example")]
    [InlineData("rebound.attacker.example:80")]
    [InlineData("10.0.0.5")]
    [InlineData("localhost.attacker.example")]
    public async Task Other_host_names_are_refused_so_a_dns_rebinding_page_cannot_read_the_preview(string host)
    {
        var port = FreePort();
        await using var server = await PreviewServer.StartAsync(Root, "/", port, liveReload: false);

        var response = await Raw(port, "/", host);

        Assert.Contains(" 421 ", Status(response));
        Assert.DoesNotContain("home", response);
    }

    [Theory]
    [InlineData("//{parent}/site-private/secret.txt")]
    [InlineData("/%2f{parent}/site-private/secret.txt")]
    [InlineData("/%2F{parent}/site-private/secret.txt")]
    [InlineData("/..%2fsite-private/secret.txt")]
    [InlineData("/%2e%2e/site-private/secret.txt")]
    [InlineData("/guides/..%5c..%5csite-private/secret.txt")]
    [InlineData("http://localhost/../site-private/secret.txt")]
    public async Task Absolute_protocol_relative_and_encoded_paths_never_reach_a_sibling_of_the_site_folder(string target)
    {
        var port = FreePort();
        await using var server = await PreviewServer.StartAsync(Root, "/", port, liveReload: false);

        var response = await Raw(port, target.Replace("{parent}", _parent.TrimStart('/')), "localhost:" + port);

        Assert.DoesNotContain("SECRET", response);
        Assert.DoesNotContain(" 200 ", Status(response));
    }

    [Theory]
    [InlineData("//other.example/guides")]
    [InlineData("//other.example/guides/x")]
    [InlineData("/\\other.example/guides/x")]
    public async Task A_path_that_looks_like_another_host_never_gets_a_redirect_off_site(string target)
    {
        var port = FreePort();
        await using var server = await PreviewServer.StartAsync(Root, "/", port, liveReload: false);

        var response = await Raw(port, target, "localhost:" + port);

        Assert.DoesNotContain("Location: //", response, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("other.example", response.Split("\r\n\r\n")[0], StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" 30", Status(response));
    }

    [Fact]
    public async Task A_folder_without_its_slash_still_redirects_to_the_same_path_on_the_preview()
    {
        var port = FreePort();
        await using var server = await PreviewServer.StartAsync(Root, "/", port, liveReload: false);

        var response = await Raw(port, "/guides/x", "localhost:" + port);

        Assert.Contains(" 302 ", Status(response));
        Assert.Contains("Location: /guides/x/", response);
    }

    [Theory]
    [InlineData("/a/b/", false)]
    [InlineData("//host/", true)]
    [InlineData("/%2Fhost/", true)]
    [InlineData("/a\\b", true)]
    [InlineData("/a/../b", true)]
    [InlineData("http://localhost/", true)]
    [InlineData("/search/?q=a%2Fb", false)]
    public void Unsafe_targets_are_recognised(string target, bool unsafeTarget) => Assert.Equal(unsafeTarget, PreviewRequestGuard.UnsafeTarget(target));

    public void Dispose()
    {
        try { Directory.Delete(_parent, recursive: true); }
        catch (IOException) { }
    }
}
