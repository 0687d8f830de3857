using System.Text.Json;
using Synapse.Configuration;
using Synapse.Content;
using Synapse.Site;

namespace Synapse.Output;

/// <summary>schema.org structured data as JSON-LD text (System.Text.Json escapes &lt; and &gt;, so it is safe inside a script element).</summary>
internal static class JsonLd
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static string Article(Page page, SiteSettings settings, IReadOnlyList<object>? citations)
    {
        var m = page.Meta;
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "MedicalWebPage",
            ["name"] = m.Title,
            ["headline"] = m.Title,
            ["description"] = m.Summary,
            ["url"] = settings.AbsoluteUrl(page.Url),
            ["inLanguage"] = settings.Language,
            ["lastReviewed"] = m.Reviewed?.ToString("yyyy-MM-dd"),
            ["dateModified"] = (m.Updated ?? m.Reviewed)?.ToString("yyyy-MM-dd"),
            ["reviewedBy"] = Agent(m.Reviewer, settings),
            ["author"] = m.Authors.Select(a => Agent(a, settings)).ToList(),
            ["publisher"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = settings.Publisher, ["url"] = settings.AbsoluteUrl("") },
            ["license"] = settings.ContentLicenseUrl,
            ["audience"] = new Dictionary<string, object?> { ["@type"] = "MedicalAudience", ["audienceType"] = "Patient" },
            ["about"] = new Dictionary<string, object?> { ["@type"] = AboutType(page), ["name"] = m.Title },
            ["keywords"] = m.Tags.Count > 0 ? string.Join(", ", m.Tags) : null,
        };
        if (citations is { Count: > 0 }) data["citation"] = citations;
        return Serialize(data);
    }

    public static string WebPage(string type, string name, string description, string url, SiteSettings settings) =>
        Serialize(new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = type,
            ["name"] = name,
            ["description"] = description,
            ["url"] = settings.AbsoluteUrl(url),
            ["inLanguage"] = settings.Language,
            ["publisher"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = settings.Publisher },
        });

    private static string AboutType(Page page) => page.Section switch
    {
        "conditions" => "MedicalCondition",
        "treatments" when page.Slug == "psychotherapy" => "PsychologicalTreatment",
        "treatments" when page.Slug is "antidepressants" or "antipsychotics" => "DrugClass",
        "treatments" => "MedicalTherapy",
        "neurotransmitters" => "ChemicalSubstance",
        _ => "Thing",
    };

    private static Dictionary<string, object?> Agent(string name, SiteSettings settings) => new()
    {
        ["@type"] = name.Contains("team", StringComparison.OrdinalIgnoreCase) || name.Equals(settings.Publisher, StringComparison.OrdinalIgnoreCase) ? "Organization" : "Person",
        ["name"] = name,
    };

    private static string Serialize(Dictionary<string, object?> data) =>
        PlainJson.Serialize(data.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value), Options);
}
