namespace Synapse.Search;

/// <summary>
/// What the search index knows about one page. <paramref name="Url"/> is site-relative, without the base
/// path or a leading slash (e.g. "conditions/depression/"); the browser prefixes the base path.
/// <paramref name="Section"/> is the display name of the page's section (e.g. "Conditions").
/// <paramref name="BodyText"/> is the rendered body as plain text (no markup, no references list).
/// </summary>
internal sealed record SearchEntry(
    string Url,
    string Title,
    string Section,
    string Summary,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Headings,
    string BodyText);
