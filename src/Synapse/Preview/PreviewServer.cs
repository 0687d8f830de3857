using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Synapse.Preview;

/// <summary>
/// Serves a built site folder over HTTP with extensionless URLs (folder/ → folder/index.html), the site's 404 page,
/// a base path, and — when live reload is on — a server-sent-events channel that tells open pages to reload or to
/// show the current build errors as an overlay. Also used by the browser tests.
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _root;
    private readonly string _basePath;
    private readonly ConcurrentDictionary<Guid, ConcurrentQueue<string>> _clients = new();
    private readonly SemaphoreSlim _signal = new(0);
    private volatile string _errors = "";

    private PreviewServer(WebApplication app, string root, string basePath)
    {
        _app = app;
        _root = Path.GetFullPath(root);
        _basePath = basePath;
    }

    public string Url { get; private set; } = "";

    public static async Task<PreviewServer> StartAsync(string root, string basePath, int port, bool liveReload, string host = "127.0.0.1")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://{host}:{port}");
        var app = builder.Build();
        app.UseMiddleware<PreviewRequestGuard>();
        var server = new PreviewServer(app, root, basePath);
        if (liveReload)
        {
            app.MapGet("/_synapse/events", server.EventsAsync);
            app.MapGet("/_synapse/live.js", () => Results.Text(LiveReloadScript.Source, "text/javascript"));
            app.MapGet("/_synapse/status", () => Results.Text(server._errors, "text/plain"));
        }
        app.MapFallback("{**path}", server.ServeAsync);
        await app.StartAsync();
        server.Url = app.Urls.First().TrimEnd('/') + basePath;
        return server;
    }

    /// <summary>Tells open pages to reload (no errors) or to show the errors overlay.</summary>
    public void Notify(string errors)
    {
        _errors = errors;
        var message = errors.Length == 0 ? "event: reload\ndata: ok\n\n" : "event: errors\ndata: " + errors.Replace("\n", "\ndata: ") + "\n\n";
        foreach (var queue in _clients.Values) queue.Enqueue(message);
        _signal.Release(Math.Max(1, _clients.Count));
    }

    private async Task EventsAsync(HttpContext context)
    {
        context.Response.Headers.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        var id = Guid.NewGuid();
        var queue = new ConcurrentQueue<string>();
        _clients[id] = queue;
        try
        {
            await context.Response.WriteAsync(": connected\n\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            while (!context.RequestAborted.IsCancellationRequested)
            {
                await _signal.WaitAsync(TimeSpan.FromSeconds(15), context.RequestAborted);
                while (queue.TryDequeue(out var message))
                    await context.Response.WriteAsync(message, context.RequestAborted);
                await context.Response.WriteAsync(": ping\n\n", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException) { }
        finally { _clients.TryRemove(id, out _); }
    }

    private async Task ServeAsync(HttpContext context)
    {
        var path = Uri.UnescapeDataString(context.Request.Path.Value ?? "/");
        if (!path.StartsWith(_basePath, StringComparison.Ordinal) && path + "/" != _basePath)
        {
            await SendNotFound(context);
            return;
        }
        var relative = path.Length >= _basePath.Length ? path[_basePath.Length..] : "";
        var file = Resolve(relative);
        if (file is null)
        {
            if (!relative.EndsWith('/') && Directory.Exists(Path.Combine(_root, relative)) && File.Exists(Path.Combine(_root, relative, "index.html")))
            {
                context.Response.Redirect(_basePath + relative + "/" + context.Request.QueryString);
                return;
            }
            await SendNotFound(context);
            return;
        }
        context.Response.ContentType = ContentTypes.For(file);
        context.Response.Headers.CacheControl = "no-cache";
        await context.Response.SendFileAsync(file);
    }

    private string? Resolve(string relative)
    {
        if (relative.Contains("..", StringComparison.Ordinal)) return null;
        var candidate = Path.GetFullPath(Path.Combine(_root, relative));
        // A trailing separator, so that a sibling folder whose name starts with the root's ("site-private") is outside.
        if (candidate != _root && !candidate.StartsWith(_root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return null;
        if (relative.Length == 0 || relative.EndsWith('/')) candidate = Path.Combine(candidate, "index.html");
        if (File.Exists(candidate)) return candidate;
        if (!Path.HasExtension(candidate) && File.Exists(candidate + ".html")) return candidate + ".html";
        return null;
    }

    private async Task SendNotFound(HttpContext context)
    {
        context.Response.StatusCode = 404;
        var page = Path.Combine(_root, "404.html");
        context.Response.ContentType = "text/html; charset=utf-8";
        if (File.Exists(page)) await context.Response.SendFileAsync(page);
        else await context.Response.WriteAsync("Not found", Encoding.UTF8);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

internal static class ContentTypes
{
    public static string For(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json",
        ".xml" => file.EndsWith("feed.xml", StringComparison.Ordinal) ? "application/atom+xml" : "application/xml",
        ".txt" => "text/plain; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".webp" => "image/webp",
        ".ico" => "image/x-icon",
        ".gz" => "application/gzip",
        ".br" => "application/octet-stream",
        ".woff2" => "font/woff2",
        _ => "application/octet-stream",
    };
}
