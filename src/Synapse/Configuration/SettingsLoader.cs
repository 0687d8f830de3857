using System.Text.Json;
using Synapse.Diagnostics;

namespace Synapse.Configuration;

/// <summary>Reads statiq.json (comments and trailing commas allowed), then environment overrides, into <see cref="SiteSettings"/>.</summary>
internal static partial class SettingsLoader
{
    public const string FileName = "statiq.json";

    private static readonly HashSet<string> KnownKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "title", "description", "language", "baseUrl", "basePath", "publisher", "contactEmail", "license",
        "minReferences", "readingLevel", "reviewCycleYears", "feedSize", "sections", "crisis", "followSymlinks", "passthrough", "repository", "rules", "$schema",
    };

    /// <summary>The settings types' JSON contract, generated at compile time: nothing is discovered by reflection at start-up.</summary>
    [System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
    [System.Text.Json.Serialization.JsonSerializable(typeof(SettingsDto))]
    private sealed partial class SettingsJson : System.Text.Json.Serialization.JsonSerializerContext;

    /// <param name="knownRules">Rule ids that statiq.json "rules" may name (the rule catalogue); null accepts any id.</param>
    public static SiteSettings Load(string siteRoot, DiagnosticBag bag, string? basePathOverride = null, IReadOnlySet<string>? knownRules = null)
    {
        var path = Path.Combine(siteRoot, FileName);
        var settings = new SiteSettings();
        if (IO.SiteFiles.IsReadable(path, siteRoot))
            settings = Parse(File.ReadAllText(path), bag, knownRules) ?? settings;
        var envUrl = Environment.GetEnvironmentVariable("SYNAPSE_BASE_URL");
        if (!string.IsNullOrWhiteSpace(envUrl)) settings = settings with { BaseUrl = envUrl.TrimEnd('/') };
        var basePath = basePathOverride ?? Environment.GetEnvironmentVariable("SYNAPSE_BASE_PATH");
        if (!string.IsNullOrWhiteSpace(basePath)) settings = settings with { BasePath = NormaliseBasePath(basePath) };
        return settings;
    }

    public static string NormaliseBasePath(string value)
    {
        var trimmed = value.Trim().Trim('/');
        return trimmed.Length == 0 ? "/" : "/" + trimmed + "/";
    }

    internal static SiteSettings? Parse(string json, DiagnosticBag bag, IReadOnlySet<string>? knownRules = null)
    {
        SettingsDto? dto;
        try
        {
            using (var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }))
            {
                if (doc.RootElement.ValueKind != JsonValueKind.Object)
                {
                    bag.Error("config/not-object", SourceLocation.FileOnly(FileName), "statiq.json must contain one JSON object.", "Wrap the settings in { … }.");
                    return null;
                }
                foreach (var property in doc.RootElement.EnumerateObject())
                    if (!KnownKeys.Contains(property.Name))
                        bag.Warning("config/unknown-key", Locate(json, property.Name), $"Unknown setting '{property.Name}' is ignored.",
                            "Check the spelling against the statiq.json reference in README.md.");
            }
            dto = JsonSerializer.Deserialize(json, SettingsJson.Default.SettingsDto);
        }
        catch (JsonException ex)
        {
            var at = new SourceLocation(FileName, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1);
            bag.Error("config/json", at, "statiq.json is not valid JSON: " + FirstSentence(ex.Message), "Fix the JSON syntax or the value's type at this position.");
            return null;
        }
        if (dto is null) return null;
        var settings = ToSettings(dto, json, bag) with { RuleSeverities = RuleSeverities(dto.Rules, json, bag, knownRules) };
        SettingsUrls.Check(settings, json, bag);
        SettingsRanges.Check(settings, json, bag);
        return settings;
    }

    private static SiteSettings ToSettings(SettingsDto d, string json, DiagnosticBag bag)
    {
        var s = new SiteSettings();
        if (d.BaseUrl is { } url && !Uri.TryCreate(url, UriKind.Absolute, out _))
            bag.Error("config/base-url", Locate(json, "baseUrl"), $"baseUrl '{url}' is not an absolute URL.", "Use a full origin such as https://synapse.example.org.");
        RepositorySettings? repository = null;
        if (d.Repository is { Url: { Length: > 0 } repoUrl } repo)
        {
            if (Uri.TryCreate(repoUrl, UriKind.Absolute, out var repoUri) && repoUri.Scheme == Uri.UriSchemeHttps && repoUri.AbsolutePath.Trim('/').Split('/').Length == 2)
                repository = new RepositorySettings(repoUrl.TrimEnd('/'), string.IsNullOrWhiteSpace(repo.Branch) ? "main" : repo.Branch.Trim());
            else
                bag.Error("config/repository", Locate(json, "repository.url"), $"repository.url '{repoUrl}' is not an https URL of a repository.",
                    "Use the repository's web address, e.g. https://github.com/owner/name.");
        }
        var crisis = s.Crisis;
        if (d.Crisis is { } c)
        {
            crisis = new CrisisResources
            {
                Reviewed = ParseDate(c.Reviewed, "crisis.reviewed", json, bag) ?? default,
                NextReview = ParseDate(c.NextReview, "crisis.nextReview", json, bag) ?? default,
                Countries = (c.Countries ?? []).Select(k => new CrisisCountry(k.Code ?? "", k.Name ?? "",
                    (k.Services ?? []).Select(v => new CrisisService(v.Name ?? "", v.Contact ?? "", v.Description ?? "", v.Url)).ToList())).ToList(),
            };
        }
        return s with
        {
            Title = d.Title ?? s.Title,
            Description = d.Description ?? s.Description,
            Language = d.Language ?? s.Language,
            BaseUrl = (d.BaseUrl ?? s.BaseUrl).TrimEnd('/'),
            BasePath = d.BasePath is null ? s.BasePath : NormaliseBasePath(d.BasePath),
            Publisher = d.Publisher ?? s.Publisher,
            ContactEmail = d.ContactEmail ?? s.ContactEmail,
            ContentLicense = d.License?.Name ?? s.ContentLicense,
            ContentLicenseUrl = d.License?.Url ?? s.ContentLicenseUrl,
            MinReferences = d.MinReferences ?? s.MinReferences,
            ReadingGradeMax = d.ReadingLevel?.FleschKincaidMax ?? s.ReadingGradeMax,
            SmogMax = d.ReadingLevel?.SmogMax ?? s.SmogMax,
            ReviewCycleYears = d.ReviewCycleYears ?? s.ReviewCycleYears,
            FeedSize = d.FeedSize ?? s.FeedSize,
            Sections = d.Sections is { Count: > 0 } sections
                ? sections.Select(x => new SectionSettings(x.Id ?? "", x.Title ?? x.Id ?? "", x.Description ?? "")).ToList()
                : s.Sections,
            Crisis = crisis,
            FollowSymlinks = d.FollowSymlinks ?? false,
            Passthrough = d.Passthrough ?? [],
            Repository = repository,
        };
    }

    /// <summary>"rules": { "content/reading-level": "error" | "warning" | "info" | "off" } → severity by rule id (null = off).</summary>
    private static Dictionary<string, Severity?> RuleSeverities(Dictionary<string, string>? rules, string json, DiagnosticBag bag, IReadOnlySet<string>? knownRules)
    {
        var result = new Dictionary<string, Severity?>(StringComparer.Ordinal);
        foreach (var (id, value) in rules ?? [])
        {
            if (knownRules is not null && !knownRules.Contains(id))
            {
                bag.Error("config/rules", Locate(json, "rules." + id), $"\"rules\" names '{id}', which is not a rule.", "Use a rule id that `synapse rules` lists.");
                continue;
            }
            Severity? severity = (value ?? "").Trim().ToLowerInvariant() switch
            {
                "error" => Severity.Error,
                "warning" => Severity.Warning,
                "info" => Severity.Info,
                "off" => null,
                _ => Severity.Error + 1,
            };
            if (severity > Severity.Error)
            {
                bag.Error("config/rules", Locate(json, "rules." + id), $"'{value}' is not a severity for rule '{id}'.", "Use one of: error, warning, info, off.");
                continue;
            }
            result[id] = severity;
        }
        return result;
    }

    private static DateOnly? ParseDate(string? value, string key, string json, DiagnosticBag bag)
    {
        if (value is null) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", out var date)) return date;
        bag.Error("config/date", Locate(json, key), $"{key} '{value}' is not a date.", "Write dates as YYYY-MM-DD.");
        return null;
    }

    /// <summary>Position of a property, by its dotted path from the root (e.g. "crisis.reviewed"), found with a JSON reader.</summary>
    private static SourceLocation Locate(string json, string path)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var stack = new List<string>();
        string? pending = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pending = reader.GetString();
                        var candidate = string.Join('.', stack.Skip(1).Append(pending ?? ""));
                        if (candidate.Equals(path, StringComparison.OrdinalIgnoreCase)) return At(bytes, (int)reader.TokenStartIndex);
                        break;
                    case JsonTokenType.StartObject:
                        stack.Add(pending ?? "");
                        pending = null;
                        break;
                    case JsonTokenType.EndObject:
                        if (stack.Count > 0) stack.RemoveAt(stack.Count - 1);
                        break;
                    case JsonTokenType.StartArray:
                        stack.Add(pending ?? "");
                        pending = null;
                        break;
                    case JsonTokenType.EndArray:
                        if (stack.Count > 0) stack.RemoveAt(stack.Count - 1);
                        break;
                    default:
                        pending = null;
                        break;
                }
            }
        }
        catch (JsonException) { }
        return SourceLocation.FileOnly(FileName);
    }

    private static SourceLocation At(byte[] bytes, int offset)
    {
        int line = 1, column = 1;
        for (var i = 0; i < offset; i++)
            if (bytes[i] == (byte)'\n') { line++; column = 1; }
            else if ((bytes[i] & 0xC0) != 0x80) column++;
        return new SourceLocation(FileName, line, column);
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private sealed class SettingsDto
    {
        public string? Title { get; set; }
        public string? Description { get; set; }
        public string? Language { get; set; }
        public string? BaseUrl { get; set; }
        public string? BasePath { get; set; }
        public string? Publisher { get; set; }
        public string? ContactEmail { get; set; }
        public LicenseDto? License { get; set; }
        public int? MinReferences { get; set; }
        public ReadingLevelDto? ReadingLevel { get; set; }
        public int? ReviewCycleYears { get; set; }
        public int? FeedSize { get; set; }
        public List<SectionDto>? Sections { get; set; }
        public CrisisDto? Crisis { get; set; }
        public bool? FollowSymlinks { get; set; }
        public List<string>? Passthrough { get; set; }
        public RepositoryDto? Repository { get; set; }
        public Dictionary<string, string>? Rules { get; set; }
    }

    private sealed class RepositoryDto { public string? Url { get; set; } public string? Branch { get; set; } }

    private sealed class LicenseDto { public string? Name { get; set; } public string? Url { get; set; } }
    private sealed class ReadingLevelDto { public double? FleschKincaidMax { get; set; } public double? SmogMax { get; set; } }
    private sealed class SectionDto { public string? Id { get; set; } public string? Title { get; set; } public string? Description { get; set; } }
    private sealed class CrisisDto
    {
        public string? Reviewed { get; set; }
        public string? NextReview { get; set; }
        public List<CountryDto>? Countries { get; set; }
    }
    private sealed class CountryDto { public string? Code { get; set; } public string? Name { get; set; } public List<ServiceDto>? Services { get; set; } }
    private sealed class ServiceDto
    {
        public string? Name { get; set; }
        public string? Contact { get; set; }
        public string? Description { get; set; }
        public string? Url { get; set; }
    }
}
