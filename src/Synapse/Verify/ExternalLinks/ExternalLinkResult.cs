namespace Synapse.Verify.ExternalLinks;

/// <summary>What checking one external URL showed: ok or broken, the last HTTP status if any, a reason an editor can act on.</summary>
internal sealed record ExternalLinkResult(string Url, bool Ok, int? Status, string Reason, DateTimeOffset CheckedAt)
{
    /// <summary>True when the answer came from the on-disk cache rather than the network.</summary>
    public bool FromCache { get; init; }
}

/// <summary>Limits for checking external links. The defaults suit a real run; tests shorten the times.</summary>
internal sealed record ExternalLinkOptions
{
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);
    /// <summary>Extra attempts after a timeout, a network error, a 5xx or a 429.</summary>
    public int Retries { get; init; } = 2;
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);
    /// <summary>Least time between two requests to the same host (scheme, name and port).</summary>
    public TimeSpan PerHostInterval { get; init; } = TimeSpan.FromSeconds(1);
    public int MaxRedirects { get; init; } = 10;
    public int MaxParallel { get; init; } = 4;
    /// <summary>The longest Retry-After the checker will wait for before reporting a 429.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(10);
    /// <summary>How long a good result is reused from the cache.</summary>
    public TimeSpan OkTtl { get; init; } = TimeSpan.FromDays(7);
    /// <summary>How long a broken result is reused (short, so a fixed link shows as fixed soon).</summary>
    public TimeSpan BrokenTtl { get; init; } = TimeSpan.FromHours(12);
    public string? CachePath { get; init; }
}
