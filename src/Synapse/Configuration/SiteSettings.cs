namespace Synapse.Configuration;

/// <summary>Typed, validated settings from statiq.json, read once per build.</summary>
internal sealed record SiteSettings
{
    public string Title { get; init; } = "Synapse";
    public string Description { get; init; } = "";
    public string Language { get; init; } = "en";
    /// <summary>Absolute origin used for canonical URLs, the sitemap and the feed, e.g. https://synapse.example.org</summary>
    public string BaseUrl { get; init; } = "http://localhost:5080";
    /// <summary>Path the site lives under: "/" or "/sub/" (always with leading and trailing slash).</summary>
    public string BasePath { get; init; } = "/";
    public string Publisher { get; init; } = "Synapse";
    public string ContactEmail { get; init; } = "";
    public string ContentLicense { get; init; } = "CC BY-NC-SA 4.0";
    public string ContentLicenseUrl { get; init; } = "https://creativecommons.org/licenses/by-nc-sa/4.0/";
    public int MinReferences { get; init; } = 3;
    public double ReadingGradeMax { get; init; } = 9.0;
    public double SmogMax { get; init; } = 12.0;
    public int ReviewCycleYears { get; init; } = 3;
    public int FeedSize { get; init; } = 30;
    public IReadOnlyList<SectionSettings> Sections { get; init; } = SectionSettings.Defaults;
    public CrisisResources Crisis { get; init; } = new();
    /// <summary>statiq.json "rules": a site's severity for a rule id; null turns the rule off.</summary>
    public IReadOnlyDictionary<string, Diagnostics.Severity?> RuleSeverities { get; init; } = new Dictionary<string, Diagnostics.Severity?>();
    /// <summary>Follow symbolic links that stay inside the site folder (links out of it are never followed).</summary>
    public bool FollowSymlinks { get; init; }
    /// <summary>Static .html files under input/ (site-relative, e.g. "input/embed/widget.html") published as they are.</summary>
    public IReadOnlyList<string> Passthrough { get; init; } = [];
    /// <summary>Where the site's source lives (statiq.json <c>repository</c>); null hides "Edit this page" links.</summary>
    public RepositorySettings? Repository { get; init; }

    /// <summary>The URL of a site path under the base path, non-ASCII percent-encoded (<see cref="IO.UrlPath"/>).</summary>
    public string Url(string sitePath) => IO.UrlPath.Join(BasePath, sitePath);
    public string AbsoluteUrl(string sitePath) => BaseUrl.TrimEnd('/') + Url(sitePath);
}

internal sealed record SectionSettings(string Id, string Title, string Description)
{
    public static readonly IReadOnlyList<SectionSettings> Defaults =
    [
        new("neurotransmitters", "Neurotransmitters", "The brain's chemical messengers: what each one does and what goes wrong."),
        new("treatments", "Treatments", "Medicines, therapies and lifestyle approaches, and what the evidence shows for each."),
        new("conditions", "Conditions", "Common mental-health conditions, how brain chemistry fits in, and what helps."),
        new("guides", "Guides", "Background that helps you read the rest of the site, and how to get help."),
    ];
}

internal sealed record CrisisResources
{
    public DateOnly Reviewed { get; init; }
    public DateOnly NextReview { get; init; }
    public IReadOnlyList<CrisisCountry> Countries { get; init; } = [];
}

internal sealed record CrisisCountry(string Code, string Name, IReadOnlyList<CrisisService> Services);

internal sealed record CrisisService(string Name, string Contact, string Description, string? Url);

/// <summary>
/// The site's source repository on GitHub: <c>{"url": "https://github.com/owner/name", "branch": "main"}</c>.
/// Articles link to <c>{url}/edit/{branch}/{file}</c> ("Edit this page") and to a new issue ("Suggest a change").
/// </summary>
internal sealed record RepositorySettings(string Url, string Branch)
{
    public string EditUrl(string sourceFile) => $"{Url}/edit/{Uri.EscapeDataString(Branch)}/{EscapePath(sourceFile)}";

    public string SuggestUrl(string title, string pageUrl, string sourceFile) =>
        $"{Url}/issues/new?title={Uri.EscapeDataString("Suggestion: " + title)}&body={Uri.EscapeDataString($"Page: {pageUrl}\nSource: {sourceFile}\n\nWhat should change, and why (with a source if you have one):\n")}";

    private static string EscapePath(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
