namespace Synapse.Content;

/// <summary>URL-safe slugs: lower case ASCII letters and digits joined by single hyphens ("Sleep hygiene" → "sleep-hygiene").</summary>
internal static class Slug
{
    public static string From(string text) =>
        string.Join('-', new string(text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
