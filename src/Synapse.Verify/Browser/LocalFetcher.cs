using System.Collections.Concurrent;

namespace Synapse.Verify.Browser;

/// <summary>Fetches files from the local test server once each (status, content type, size) for link and asset checks.</summary>
internal sealed class LocalFetcher(HttpClient http)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<Fetched>>> _cache = new(StringComparer.Ordinal);

    public Task<Fetched> GetAsync(Uri url) =>
        _cache.GetOrAdd(url.GetLeftPart(UriPartial.Query), u => new Lazy<Task<Fetched>>(() => FetchAsync(u))).Value;

    private async Task<Fetched> FetchAsync(string url)
    {
        try
        {
            using var response = await http.GetAsync(url);
            var body = await response.Content.ReadAsByteArrayAsync();
            return new Fetched((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType ?? "", body.Length);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return new Fetched(0, "", 0) { Error = e.Message };
        }
    }
}

internal sealed record Fetched(int Status, string ContentType, long Length)
{
    public string? Error { get; init; }
    public string Describe() => Error ?? (Status == 200 ? $"200 ({ContentType}, {Length} bytes)" : Status.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
