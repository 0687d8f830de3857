using System.Net;
using System.Net.Sockets;
using Synapse.Preview;

namespace Synapse.Verify;

/// <summary>A built site folder served on 127.0.0.1 by the same server `preview` uses, on a free port.</summary>
internal sealed class LocalSite : IAsyncDisposable
{
    private readonly PreviewServer _server;

    private LocalSite(PreviewServer server) => _server = server;

    /// <summary>The site's home page, e.g. http://127.0.0.1:41234/ (with the base path).</summary>
    public Uri Url => new(_server.Url.EndsWith('/') ? _server.Url : _server.Url + "/");

    public static async Task<LocalSite> StartAsync(string folder, string basePath)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new LocalSite(await PreviewServer.StartAsync(folder, basePath, FreePort(), liveReload: false));
            }
            catch (IOException) when (attempt < 3)
            {
                // Another process took the port between our probe and the bind: try another one.
            }
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
