using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Synapse.Preview;

/// <summary>
/// Middleware in front of every preview response. The preview binds to loopback, but a page on another site can still
/// reach it through DNS rebinding, so a request must name localhost or a loopback address as its Host. A request target
/// must be a plain path: no absolute URL, no "//" at the start, no encoded slash or backslash (%2f, %5c) and no ".."
/// segment. A redirect may only go to a path on the preview itself, never to another host.
/// </summary>
internal sealed class PreviewRequestGuard(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!IsLoopbackHost(context.Request.Host))
        {
            await Refuse(context, StatusCodes.Status421MisdirectedRequest, "The preview answers only requests for localhost.");
            return;
        }
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "/";
        if (UnsafeTarget(target))
        {
            await Refuse(context, StatusCodes.Status400BadRequest, "The preview serves only plain paths of the site.");
            return;
        }
        context.Response.OnStarting(() =>
        {
            var location = context.Response.Headers.Location.ToString();
            if (location.Length > 0 && !IsLocalPath(location))
            {
                context.Response.Headers.Location = default;
                context.Response.StatusCode = StatusCodes.Status404NotFound;
            }
            return Task.CompletedTask;
        });
        await next(context);
    }

    public static bool IsLoopbackHost(HostString host)
    {
        if (!host.HasValue) return false;
        var name = host.Host.Trim('[', ']');
        return name.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(name, out var ip) && IPAddress.IsLoopback(ip));
    }

    /// <summary>True for a request target the preview must not interpret as a path of the site.</summary>
    public static bool UnsafeTarget(string target)
    {
        if (!target.StartsWith('/') || target.StartsWith("//", StringComparison.Ordinal)) return true;
        var path = target.Split('?', 2)[0];
        if (path.Contains('\\') || path.Contains("%2f", StringComparison.OrdinalIgnoreCase) || path.Contains("%5c", StringComparison.OrdinalIgnoreCase)) return true;
        var decoded = Uri.UnescapeDataString(path);
        return decoded.StartsWith("//", StringComparison.Ordinal) || decoded.Contains('\\') || decoded.Contains('\0')
            || decoded.Split('/').Any(s => s is ".." or ".");
    }

    /// <summary>A redirect target that stays on the preview: one leading slash, no scheme, no host.</summary>
    public static bool IsLocalPath(string location) =>
        location.StartsWith('/') && !location.StartsWith("//", StringComparison.Ordinal) && !location.StartsWith("/\\", StringComparison.Ordinal);

    private static Task Refuse(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(message + "\n");
    }
}
