using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Synapse.Browser.Tests.Infrastructure;

/// <summary>
/// A stand-in for the outside web on 127.0.0.1: /ok answers 200, /missing 404, /error 500, /busy 429, /loop-a and
/// /loop-b redirect to each other, /moved redirects to /ok, /slow answers after 10 s. Records every request.
/// </summary>
internal sealed class FlakyWebServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    public ConcurrentQueue<(string Path, DateTimeOffset At)> Requests { get; } = new();
    public string BaseUrl { get; }

    private FlakyWebServer(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public int Hits(string path) => Requests.Count(r => r.Path == path);

    public static async Task<FlakyWebServer> StartAsync()
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var server = new FlakyWebServer(app, $"http://127.0.0.1:{port}");
        app.Use(async (context, next) =>
        {
            server.Requests.Enqueue((context.Request.Path.Value ?? "", DateTimeOffset.UtcNow));
            await next(context);
        });
        app.MapGet("/ok", () => Results.Text("fine"));
        app.MapGet("/ok-too", () => Results.Text("fine"));
        app.MapGet("/ok-three", () => Results.Text("fine"));
        app.MapGet("/missing", () => Results.NotFound());
        app.MapGet("/error", () => Results.StatusCode(500));
        app.MapGet("/busy", () => Results.StatusCode(429));
        app.MapGet("/loop-a", () => Results.Redirect("/loop-b"));
        app.MapGet("/loop-b", () => Results.Redirect("/loop-a"));
        app.MapGet("/moved", () => Results.Redirect("/ok", permanent: true));
        app.MapGet("/slow", async (HttpContext context) =>
        {
            try { await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted); }
            catch (OperationCanceledException) { }
            return Results.Text("too late");
        });
        await app.StartAsync();

        // One request before the tests' own, so their timing does not include compiling the server's request path.
        using (var warm = new HttpClient())
            (await warm.GetAsync(new Uri(server.BaseUrl + "/warm-up"))).Dispose();
        server.Requests.Clear();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
