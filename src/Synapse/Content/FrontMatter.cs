using Synapse.Diagnostics;

namespace Synapse.Content;

internal enum EvidenceLevel { None, Established, Moderate, Emerging, Investigational }

/// <summary>Typed front matter. Keys not in the content model stay in <see cref="Extra"/> (passed through to layouts).</summary>
internal sealed record FrontMatter
{
    public string Title { get; init; } = "";
    public string Summary { get; init; } = "";
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<string> Related { get; init; } = [];
    public IReadOnlyList<string> Authors { get; init; } = [];
    public string Reviewer { get; init; } = "";
    public DateOnly? Reviewed { get; init; }
    public DateOnly? NextReview { get; init; }
    public DateOnly? Published { get; init; }
    public DateOnly? Updated { get; init; }
    public EvidenceLevel Evidence { get; init; }
    public bool Crisis { get; init; }
    public bool Draft { get; init; }
    public int Order { get; init; } = 1000;
    public string? Layout { get; init; }
    public string? Xref { get; init; }
    public IReadOnlyList<string> RedirectFrom { get; init; } = [];
    public bool IncludeInSitemap { get; init; } = true;
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new Dictionary<string, string>();
    /// <summary>Where each key was written, for diagnostics about values (e.g. an unknown related slug).</summary>
    public IReadOnlyDictionary<string, SourceLocation> KeyLocations { get; init; } = new Dictionary<string, SourceLocation>();

    public SourceLocation LocationOf(string key, string file) =>
        KeyLocations.TryGetValue(key, out var at) ? at : SourceLocation.FileOnly(file);
}

/// <summary>A source file split into typed front matter and a Markdown body; <see cref="BodyLineOffset"/> lines precede the body.</summary>
internal sealed record ParsedSource(SourceFile File, FrontMatter Meta, string Body, int BodyLineOffset)
{
    public SourceMap Map => new(File.Path, BodyLineOffset);
}
