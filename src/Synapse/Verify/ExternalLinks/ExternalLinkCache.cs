using System.Text.Json;
using System.Text.Json.Serialization;

namespace Synapse.Verify.ExternalLinks;

/// <summary>
/// Results of earlier external-link checks, kept in a JSON file (by default .cache/external-links.json) with the time of
/// each check. Good results are reused for <see cref="ExternalLinkOptions.OkTtl"/>, broken ones for the shorter
/// <see cref="ExternalLinkOptions.BrokenTtl"/>. A missing or unreadable file is an empty cache.
/// </summary>
internal sealed class ExternalLinkCache
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
    private readonly Dictionary<string, Entry> _entries;
    private readonly Lock _lock = new();

    private ExternalLinkCache(Dictionary<string, Entry> entries) => _entries = entries;

    public static ExternalLinkCache Load(string? path)
    {
        if (path is null || !File.Exists(path)) return new ExternalLinkCache(new(StringComparer.Ordinal));
        try
        {
            var file = JsonSerializer.Deserialize<CacheFile>(File.ReadAllText(path), Json);
            return new ExternalLinkCache(file?.Links is { } links ? new(links, StringComparer.Ordinal) : new(StringComparer.Ordinal));
        }
        catch (JsonException)
        {
            return new ExternalLinkCache(new(StringComparer.Ordinal));
        }
    }

    public ExternalLinkResult? Get(string url, DateTimeOffset now, ExternalLinkOptions options)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(url, out var e)) return null;
            var ttl = e.Ok ? options.OkTtl : options.BrokenTtl;
            return now - e.CheckedAt <= ttl ? new ExternalLinkResult(url, e.Ok, e.Status, e.Reason, e.CheckedAt) { FromCache = true } : null;
        }
    }

    public void Put(ExternalLinkResult result)
    {
        lock (_lock) _entries[result.Url] = new Entry(result.Ok, result.Status, result.Reason, result.CheckedAt);
    }

    public void Save(string path)
    {
        string text;
        lock (_lock)
            text = JsonSerializer.Serialize(new CacheFile(new SortedDictionary<string, Entry>(_entries, StringComparer.Ordinal)), Json);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + ".tmp";
        File.WriteAllText(temp, text);
        File.Move(temp, path, overwrite: true);
    }

    private sealed record CacheFile([property: JsonPropertyName("links")] IDictionary<string, Entry> Links);

    private sealed record Entry(bool Ok, int? Status, string Reason, DateTimeOffset CheckedAt);
}
