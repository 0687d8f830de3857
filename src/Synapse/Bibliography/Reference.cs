using Synapse.Diagnostics;

namespace Synapse.Bibliography;

/// <summary>One bibliography entry read from CSL-YAML or CSL-JSON, with where it (and each field) was written.</summary>
internal sealed record Reference
{
    public required string Id { get; init; }
    public required string Type { get; init; }
    public ReferenceKind Kind => ReferenceKinds.FromCslType(Type);

    public string? Title { get; init; }
    public IReadOnlyList<PersonName> Authors { get; init; } = [];
    public IReadOnlyList<PersonName> Editors { get; init; } = [];
    public string? ContainerTitle { get; init; }
    public string? ContainerTitleShort { get; init; }
    public CslDate? Issued { get; init; }
    public CslDate? Accessed { get; init; }
    public string? Doi { get; init; }
    public string? Pmid { get; init; }
    public string? Url { get; init; }
    public string? Publisher { get; init; }
    public string? PublisherPlace { get; init; }
    public string? Volume { get; init; }
    public string? Issue { get; init; }
    public string? Page { get; init; }
    public string? Number { get; init; }
    public string? Genre { get; init; }
    public string? Edition { get; init; }

    /// <summary>Where the reference's id is written (or the entry starts, when it has no id).</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>Where each field's value is written, keyed by lower-case CSL field name.</summary>
    public IReadOnlyDictionary<string, SourceLocation> FieldLocations { get; init; } =
        new Dictionary<string, SourceLocation>();

    public SourceLocation LocationOf(string field) =>
        FieldLocations.TryGetValue(field.ToLowerInvariant(), out var at) ? at : Location;

    /// <summary>The journal name NLM prefers: the abbreviation when there is one.</summary>
    public string? JournalName => string.IsNullOrWhiteSpace(ContainerTitleShort) ? ContainerTitle : ContainerTitleShort;
}
