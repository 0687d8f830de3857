namespace Synapse.Bibliography;

/// <summary>A CSL name: a person (family, given, particles, suffix) or an organisation (literal).</summary>
internal sealed record PersonName(
    string? Family,
    string? Given,
    string? Literal = null,
    string? NonDroppingParticle = null,
    string? DroppingParticle = null,
    string? Suffix = null)
{
    public bool IsLiteral => !string.IsNullOrWhiteSpace(Literal) && string.IsNullOrWhiteSpace(Family);

    /// <summary>The text used to sort by this name (family name with particles, or the literal).</summary>
    public string SortText => IsLiteral
        ? Literal!.Trim()
        : string.Join(' ', new[] { NonDroppingParticle, Family, Given }.Where(s => !string.IsNullOrWhiteSpace(s)));

    /// <summary>"Given Family" or the literal, for structured data.</summary>
    public string DisplayText => IsLiteral
        ? Literal!.Trim()
        : string.Join(' ', new[] { Given, DroppingParticle, NonDroppingParticle, Family, Suffix }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
