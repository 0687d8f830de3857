using System.Collections.Concurrent;
using System.Net.ServerSentEvents;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Synapse.Preview;

/// <summary>
/// Serves a built site (in memory for `preview`, a folder for `verify`) over HTTP with extensionless URLs
/// (folder/ → folder/index.html), the site's 404 page, a base path, and — when live reload is on — a server-sent-events
/// channel that tells open pages to reload or to show the build errors as an overlay. The live-reload script tag is
/// added to HTML responses only; the site itself never contains it.
/// </summary>
internal sealed class PreviewServer : IPreviewTarget, IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _basePath;
    private readonly bool _liveReload;
    private readonly ConcurrentDictionary<Guid, Channel<SseItem<string>>> _clients = new();
    private ISiteContent _site;
    private volatile string _errors = "";

    private PreviewServer(WebApplication app, ISiteContent site, string basePath, bool liveReload)
    {
        _app = app;
        _site = site;
        _basePath = basePath;
        _liveReload = liveReload;
    }

    public string Url { get; private set; } = "";

    /// <summary>Event streams open now (one per page with live reload).</summary>
    public int OpenEventStreams => _clients.Count;

    public static Task<PreviewServer> StartAsync(string folder, string basePath, int port, bool liveReload, string host = "127.0.0.1") =>
        StartAsync(new FolderSite(folder), basePath, port, liveReload, host);

    /// <summary>Starts serving <paramref name="site"/>; port 0 takes a free port (see <see cref="Url"/>).</summary>
    public static async Task<PreviewServer> StartAsync(ISiteContent site, string basePath, int port, bool liveReload, string host = "127.0.0.1")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        // The command that owns the server handles Ctrl+C and SIGTERM; the host must not swallow them.
        builder.Services.AddSingleton<IHostLifetime, CallerOwnedLifetime>();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromMilliseconds(500));
        builder.WebHost.UseUrls($"http://{host}:{port}");
        var app = builder.Build();
        var server = new PreviewServer(app, site, basePath, liveReload);
        ConfigurePipeline(app);
        if (liveReload)
        {
            app.MapGet("/_synapse/events", (HttpContext context) => TypedResults.ServerSentEvents(server.EventsAsync(context.RequestAborted)));
            app.MapGet("/_synapse/live.js", () => Results.Text(LiveReloadScript.Source, "text/javascript"));
            app.MapGet("/_synapse/status", () => Results.Text(server._errors, "text/plain"));
        }
        app.MapFallback("{**path}", server.ServeAsync);
        await app.StartAsync();
        server.Url = app.Urls.First().TrimEnd('/') + basePath;
        return server;
    }

    /// <summary>
    /// Request middleware that runs before the live-reload endpoints and the site, in order. Add a middleware class
    /// here with <c>app.UseMiddleware&lt;T&gt;()</c> (e.g. request hardening); endpoints are mapped after this.
    /// </summary>
    private static void ConfigurePipeline(WebApplication app)
    {
        // Only localhost Host headers, only plain paths, never a redirect off-site (DNS rebinding, path tricks).
        app.UseMiddleware<PreviewRequestGuard>();
        app.Use(async (context, next) =>
        {
            context.Response.Headers.CacheControl = "no-cache";
            await next(context);
        });
    }

    /// <summary>Serves <paramref name="site"/> from now on. One reference assignment: a request sees the old site or the new one, whole.</summary>
    public void Publish(ISiteContent site) => Volatile.Write(ref _site, site);

    /// <summary>Tells open pages to reload (no errors) or to show the errors overlay.</summary>
    public void Notify(string errors)
    {
        _errors = errors;
        var item = errors.Length == 0 ? new SseItem<string>("ok", "reload") : new SseItem<string>(errors, "errors");
        foreach (var client in _clients.Values) client.Writer.TryWrite(item);
    }

    private async IAsyncEnumerable<SseItem<string>> EventsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken aborted)
    {
        var id = Guid.NewGuid();
        var channel = Channel.CreateUnbounded<SseItem<string>>(new UnboundedChannelOptions { SingleReader = true });
        _clients[id] = channel;
        try
        {
            yield return new SseItem<string>("connected", "connected");
            while (await WaitAsync(channel.Reader, aborted))
                while (channel.Reader.TryRead(out var item))
                    yield return item;
        }
        finally { _clients.TryRemove(id, out _); }
    }

    /// <summary>False when the stream should end: the server is stopping (the channel completed) or the page went away.</summary>
    private static async Task<bool> WaitAsync(ChannelReader<SseItem<string>> reader, CancellationToken aborted)
    {
        try { return await reader.WaitToReadAsync(aborted); }
        catch (OperationCanceledException) { return false; }
    }

    private async Task ServeAsync(HttpContext context)
    {
        var site = Volatile.Read(ref _site);
        var path = Uri.UnescapeDataString(context.Request.Path.Value ?? "/");
        if (!path.StartsWith(_basePath, StringComparison.Ordinal) && path + "/" != _basePath)
        {
            await SendNotFound(context, site);
            return;
        }
        var relative = path.Length >= _basePath.Length ? path[_basePath.Length..] : "";
        if (relative.Split('/').Any(s => s is ".." or ".") || relative.Contains('\\') || relative.StartsWith('/'))
        {
            await SendNotFound(context, site);
            return;
        }
        var file = Resolve(site, relative);
        if (file is null)
        {
            if (relative.Length > 0 && !relative.EndsWith('/') && site.Get(relative + "/index.html") is not null)
            {
                context.Response.Redirect(_basePath + relative + "/" + context.Request.QueryString);
                return;
            }
            await SendNotFound(context, site);
            return;
        }
        await Send(context, file);
    }

    private static ServedFile? Resolve(ISiteContent site, string relative)
    {
        if (relative.Length == 0 || relative.EndsWith('/')) return site.Get(relative + "index.html");
        return site.Get(relative) ?? (Path.HasExtension(relative) ? null : site.Get(relative + ".html"));
    }

    private Task SendNotFound(HttpContext context, ISiteContent site)
    {
        context.Response.StatusCode = 404;
        if (site.Get("404.html") is { } page) return Send(context, page);
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync("Not found", Encoding.UTF8);
    }

    private async Task Send(HttpContext context, ServedFile file)
    {
        var bytes = _liveReload && file.ContentType.StartsWith("text/html", StringComparison.Ordinal) ? LiveReloadScript.InjectInto(file.Bytes) : file.Bytes;
        context.Response.ContentType = file.ContentType;
        context.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method)) await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    /// <summary>Ends every open event stream (pages see the stream close, not an error), then stops within half a second.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients.Values) client.Writer.TryComplete();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        try { await _app.StopAsync(timeout.Token); }
        catch (OperationCanceledException) { }
        await _app.DisposeAsync();
    }

    /// <summary>A host lifetime that leaves Ctrl+C and SIGTERM to the command that started the server.</summary>
    private sealed class CallerOwnedLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
