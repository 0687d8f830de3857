using Synapse.Configuration;
using Synapse.Content;
using Synapse.Diagnostics;

namespace Synapse.Site;

/// <summary>Routing phase: input/&lt;section&gt;/&lt;slug&gt;.md → /&lt;section&gt;/&lt;slug&gt;/; builds the xref table (page id → URL).</summary>
internal static class Routing
{
    public static Page Route(ParsedSource source, SiteSettings settings)
    {
        var rel = source.File.Path["input/".Length..];
        var withoutExt = rel[..^3];
        var parts = withoutExt.Split('/');
        var isIndex = parts[^1].Equals("index", StringComparison.OrdinalIgnoreCase);
        var dirParts = isIndex ? parts[..^1] : parts;
        var url = dirParts.Length == 0 ? "" : string.Join('/', dirParts) + "/";
        var section = parts.Length >= 2 && settings.Sections.Any(s => s.Id == parts[0]) ? parts[0] : null;
        var article = ArticleSection(source.File.Path, settings) is not null;
        var id = source.Meta.Xref ?? (dirParts.Length == 0 ? "home" : dirParts[^1]);
        return new Page(id, url, section, source) { IsArticle = article };
    }

    /// <summary>
    /// The one definition of an article: a Markdown page inside a section folder (input/&lt;section&gt;/…) that is not the
    /// section's own index (input/&lt;section&gt;/index.md). Returns the section, or null when the page is not an article.
    /// Nested pages (input/treatments/tms/index.md, input/treatments/tms/more.md) are articles of their section.
    /// </summary>
    public static string? ArticleSection(string sourcePath, SiteSettings settings)
    {
        var parts = sourcePath["input/".Length..].Split('/');
        if (parts.Length < 2 || !settings.Sections.Any(s => s.Id == parts[0])) return null;
        var sectionIndex = parts.Length == 2 && parts[1].Equals("index.md", StringComparison.OrdinalIgnoreCase);
        return sectionIndex ? null : parts[0];
    }

    /// <summary>Page id → URL for xref links; reports ids used twice at both places.</summary>
    public static IReadOnlyDictionary<string, string> XrefTable(IEnumerable<Page> pages, IEnumerable<(string Id, string Url)> generated, DiagnosticBag bag)
    {
        var table = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var owners = new Dictionary<string, Page>(StringComparer.OrdinalIgnoreCase);
        foreach (var (id, url) in generated) table[id] = url;
        foreach (var page in pages)
        {
            if (owners.TryGetValue(page.Id, out var other))
            {
                bag.Error("xref/duplicate-id", page.Meta.LocationOf("xref", page.Source.File.Path),
                    $"Page id '{page.Id}' is also used by {other.Source.File.Path}.", "Give one of the pages a unique file name or an 'xref:' front-matter key.");
                continue;
            }
            owners[page.Id] = page;
            table[page.Id] = page.Url;
        }
        return table;
    }
}
