namespace Synapse.Verify.ExternalLinks;

/// <summary>Spaces the start of requests to one host by at least a fixed interval; different hosts do not wait for each other.</summary>
internal sealed class HostRateLimiter(TimeSpan interval, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly Dictionary<string, DateTimeOffset> _next = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _lock = new();

    public Task WaitAsync(Uri url, CancellationToken token)
    {
        var host = url.GetLeftPart(UriPartial.Authority);
        TimeSpan delay;
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            var slot = _next.TryGetValue(host, out var next) && next > now ? next : now;
            _next[host] = slot + interval;
            delay = slot - now;
        }
        return delay > TimeSpan.Zero ? Task.Delay(delay, _time, token) : Task.CompletedTask;
    }
}
