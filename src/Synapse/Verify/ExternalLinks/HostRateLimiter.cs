namespace Synapse.Verify.ExternalLinks;

/// <summary>Spaces the start of requests to one host by at least a fixed interval; different hosts do not wait for each other.</summary>
internal sealed class HostRateLimiter(TimeSpan interval, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly Dictionary<string, DateTimeOffset> _next = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _lock = new();

    public Task WaitAsync(Uri url, CancellationToken token)
    {
        var delay = Reserve(url);
        return delay > TimeSpan.Zero ? Task.Delay(delay, _time, token) : Task.CompletedTask;
    }

    /// <summary>Takes the next free slot for the URL's host and returns how long to wait for it.</summary>
    public TimeSpan Reserve(Uri url)
    {
        var host = url.GetLeftPart(UriPartial.Authority);
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            var slot = _next.TryGetValue(host, out var next) && next > now ? next : now;
            _next[host] = slot + interval;
            return slot - now;
        }
    }
}
