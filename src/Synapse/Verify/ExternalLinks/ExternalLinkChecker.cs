using System.Net;

namespace Synapse.Verify.ExternalLinks;

/// <summary>
/// Checks external links over HTTP: follows redirects itself (so a loop is named as one), gives each attempt a timeout,
/// retries timeouts, network errors, 5xx and 429 answers, spaces requests to one host, and reuses results from the
/// on-disk cache. Only 2xx after redirects counts as ok; 429 is not.
/// </summary>
internal sealed class ExternalLinkChecker : IDisposable
{
    private readonly ExternalLinkOptions _options;
    private readonly HttpClient _http;
    private readonly HostRateLimiter _limiter;
    private readonly ExternalLinkCache _cache;
    private readonly TimeProvider _time;

    public ExternalLinkChecker(ExternalLinkOptions options, TimeProvider? time = null)
    {
        _options = options;
        _time = time ?? TimeProvider.System;
        _http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.All, PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("SynapseLinkChecker/1.0");
        _http.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.8");
        _limiter = new HostRateLimiter(options.PerHostInterval, _time);
        _cache = ExternalLinkCache.Load(options.CachePath);
    }

    /// <summary>Requests made over the network (not answered from the cache) since this checker was created.</summary>
    public int NetworkRequests => _requests;
    private int _requests;

    public async Task<IReadOnlyList<ExternalLinkResult>> CheckAllAsync(IEnumerable<string> urls, CancellationToken token = default)
    {
        var list = urls.Distinct(StringComparer.Ordinal).ToList();
        var results = new ExternalLinkResult[list.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, list.Count), new ParallelOptions { MaxDegreeOfParallelism = _options.MaxParallel, CancellationToken = token },
            async (i, ct) => results[i] = await CheckAsync(list[i], ct));
        if (_options.CachePath is { } path) _cache.Save(path);
        return results;
    }

    public async Task<ExternalLinkResult> CheckAsync(string url, CancellationToken token = default)
    {
        if (_cache.Get(url, _time.GetUtcNow(), _options) is { } cached) return cached;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            return Remember(new ExternalLinkResult(url, false, null, "not an http or https URL", _time.GetUtcNow()));

        Attempt last = default;
        for (var attempt = 0; attempt <= _options.Retries; attempt++)
        {
            if (attempt > 0)
            {
                var wait = last.RetryAfter is { } ra && ra <= _options.MaxRetryAfter ? ra : _options.RetryDelay * attempt;
                await Task.Delay(wait, _time, token);
            }
            last = await FollowAsync(uri, token);
            if (!last.Retryable) break;
        }
        return Remember(new ExternalLinkResult(url, last.Ok, last.Status, last.Reason, _time.GetUtcNow()));
    }

    private ExternalLinkResult Remember(ExternalLinkResult result)
    {
        _cache.Put(result);
        return result;
    }

    private readonly record struct Attempt(bool Ok, int? Status, string Reason, bool Retryable, TimeSpan? RetryAfter = null);

    /// <summary>One attempt: request, then follow redirects up to the limit, naming a loop when a URL comes back.</summary>
    private async Task<Attempt> FollowAsync(Uri start, CancellationToken token)
    {
        var visited = new List<Uri>();
        var current = start;
        while (true)
        {
            if (visited.Contains(current))
                return new(false, null, "redirect loop: " + string.Join(" → ", visited.Append(current).Select(u => u.ToString())), false);
            if (visited.Count > _options.MaxRedirects)
                return new(false, null, $"more than {_options.MaxRedirects} redirects", false);
            visited.Add(current);

            await _limiter.WaitAsync(current, token);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(token);
            timeout.CancelAfter(_options.Timeout);
            HttpResponseMessage response;
            try
            {
                Interlocked.Increment(ref _requests);
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            }
            catch (OperationCanceledException) when (!token.IsCancellationRequested)
            {
                return new(false, null, $"timed out after {_options.Timeout.TotalSeconds:0.##} s", true);
            }
            catch (HttpRequestException e)
            {
                return new(false, null, "could not connect: " + (e.InnerException?.Message ?? e.Message), true);
            }

            using (response)
            {
                var status = (int)response.StatusCode;
                var text = $"{status} {response.ReasonPhrase}".Trim();
                if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    current = location.IsAbsoluteUri ? location : new Uri(current, location);
                    continue;
                }
                if (status is >= 200 and < 300) return new(true, status, text, false);
                if (status == 429)
                    return new(false, status, text + " (the site is rate-limiting us; try again later)", true, response.Headers.RetryAfter?.Delta);
                return new(false, status, text, status >= 500);
            }
        }
    }

    public void Dispose() => _http.Dispose();
}
