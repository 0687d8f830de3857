namespace Synapse.Layouts;

// View models handed to Liquid templates. Fluid only exposes registered types (a sandbox), so these are the
// whole surface a template can see. Names are exposed in snake_case (next_review, base_path …).

public sealed record SiteView
{
    /// <summary>The urgent-help sentence of the help page (<see cref="Site.HelpText.Urgent"/>).</summary>
    public string HelpUrgent { get; init; } = Site.HelpText.Urgent;
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string Language { get; init; }
    public required string BasePath { get; init; }
    public required string BaseUrl { get; init; }
    public required string Publisher { get; init; }
    public required string ContactEmail { get; init; }
    public required string License { get; init; }
    public required string LicenseUrl { get; init; }
    public required IReadOnlyList<SectionView> Sections { get; init; }
    public required string CssHref { get; init; }
    public required string JsHref { get; init; }
    public required int Year { get; init; }
}

public sealed record SectionView
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string Url { get; init; }
    public IReadOnlyList<CardView> Pages { get; init; } = [];
}

public sealed record CardView
{
    public required string Title { get; init; }
    public required string Url { get; init; }
    public required string Summary { get; init; }
    public string SectionTitle { get; init; } = "";
    public string Reviewed { get; init; } = "";
    public string ReviewedIso { get; init; } = "";
    public string Evidence { get; init; } = "";
    public string EvidenceLabel { get; init; } = "";
}

public sealed record LinkView
{
    public required string Text { get; init; }
    public required string Url { get; init; }
    public int Level { get; init; }
    public int Count { get; init; }
    /// <summary>Entries under this one (level-3 headings under a level-2 heading in the table of contents).</summary>
    public IReadOnlyList<LinkView> Children { get; init; } = [];
}

public sealed record PageView
{
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required string Url { get; init; }
    public required string Canonical { get; init; }
    public required string Kind { get; init; }
    public string Content { get; init; } = "";
    public string SectionId { get; init; } = "";
    public string SectionTitle { get; init; } = "";
    public string SectionUrl { get; init; } = "";
    public IReadOnlyList<LinkView> Tags { get; init; } = [];
    public IReadOnlyList<LinkView> Toc { get; init; } = [];
    public IReadOnlyList<CardView> Related { get; init; } = [];
    public IReadOnlyList<CardView> Cards { get; init; } = [];
    public IReadOnlyList<SectionView> Sections { get; init; } = [];
    public IReadOnlyList<CrisisCountryView> Crisis { get; init; } = [];
    public string Authors { get; init; } = "";
    public string Reviewer { get; init; } = "";
    public string Reviewed { get; init; } = "";
    public string ReviewedIso { get; init; } = "";
    public string NextReview { get; init; } = "";
    public string NextReviewIso { get; init; } = "";
    public string Evidence { get; init; } = "";
    public string EvidenceLabel { get; init; } = "";
    public string EvidenceUrl { get; init; } = "";
    public bool ShowCrisisCard { get; init; }
    public string JsonLd { get; init; } = "";
    public string OgType { get; init; } = "website";
    public bool Noindex { get; init; }
    public string JsonUrl { get; init; } = "";
    /// <summary>"Edit this page" on the repository named in statiq.json; empty when none is set.</summary>
    public string EditUrl { get; init; } = "";
    /// <summary>"Suggest a change": a new issue naming this page; empty when no repository is set.</summary>
    public string SuggestUrl { get; init; } = "";
    /// <summary>Site-relative URL of the article's embed view (for the live preview), "" for other pages.</summary>
    public string EmbedUrl { get; init; } = "";
    /// <summary>Absolute URL of the article's oEmbed file, for the discovery link.</summary>
    public string OembedUrl { get; init; } = "";
    /// <summary>"treatments/tms": the id the embed snippet names.</summary>
    public string EmbedId { get; init; } = "";
    /// <summary>The HTML a clinic pastes to embed the article (shown as text on the page).</summary>
    public string EmbedSnippet { get; init; } = "";
}

public sealed record CrisisCountryView
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required IReadOnlyList<CrisisServiceView> Services { get; init; }
    public string Reviewed { get; init; } = "";
    public string NextReview { get; init; } = "";
}

public sealed record CrisisServiceView
{
    public required string Name { get; init; }
    public required string Contact { get; init; }
    public required string Description { get; init; }
    public string Url { get; init; } = "";
}

/// <summary>An article's embed view (<c>embed.liquid</c>): the page's view model plus the parts an embed shows.</summary>
public sealed record EmbedView
{
    public required string Id { get; init; }
    public required PageView Page { get; init; }
    public required string SiteUrl { get; init; }
    public required string HelpUrl { get; init; }
    public string KeyPointsHtml { get; init; } = "";
    public string BodyHtml { get; init; } = "";
    public string ReferencesHtml { get; init; } = "";
    public bool Crisis { get; init; }
    public IReadOnlyList<CrisisCountryView> Help { get; init; } = [];
    public required string Attribution { get; init; }
    public required string CssHref { get; init; }
    public required string JsHref { get; init; }
}
