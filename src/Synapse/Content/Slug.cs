namespace Synapse.Content;

/// <summary>
/// The one slug helper: lower-case letters and digits (any script) joined by single hyphens ("Sleep hygiene" →
/// "sleep-hygiene", "Schlafstörung" → "schlafstörung"). A text with no letter or digit ("!!!") has the empty slug;
/// callers report that instead of writing an empty path. URLs encode non-ASCII when they are written (IO.UrlPath).
/// </summary>
internal static class Slug
{
    public static string From(string text) =>
        string.Join('-', new string(text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
