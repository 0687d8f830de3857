namespace Synapse.Markdown.Citations;

/// <summary>
/// One cited source inside a citation: <c>[see @key, p. 12, emphasis added]</c> gives Prefix "see", Key "key",
/// Locator "p. 12", Suffix "emphasis added". Line and Column are Markdig's 0-based position of the '@'.
/// </summary>
internal sealed record CitationItem(string Key, string? Prefix, string? Locator, string? Suffix, int Line, int Column)
{
    /// <summary>True when nothing but the key was written, so the number can join a compressed run (1–3).</summary>
    public bool IsBare => Prefix is null && Locator is null && Suffix is null;
}
