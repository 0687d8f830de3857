namespace Synapse.Markdown.Citations;

/// <summary>Stable rule ids for citation diagnostics in articles.</summary>
internal static class CitationRules
{
    public const string UnknownKey = "cite/unknown-key";
    public const string Malformed = "cite/malformed";
    public const string TooFew = "cite/too-few";
    public const string DuplicateMarker = "cite/duplicate-marker";
    public const string ReferencesHeading = "cite/references-heading";
}
