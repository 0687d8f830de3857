namespace Synapse.Diagnostics;

/// <summary>
/// One entry of the rule catalogue: a stable id (as diagnostics print it), its default severity, what it finds in one
/// line, how to fix it, and what it applies to. `synapse rules` prints the catalogue; statiq.json "rules" changes severities.
/// </summary>
internal sealed record Rule(string Id, Severity DefaultSeverity, string Description, string Hint, string AppliesTo);
