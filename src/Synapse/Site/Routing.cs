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
        var sectionIndex = section is not null && isIndex && parts.Length == 2;
        var id = source.Meta.Xref ?? (dirParts.Length == 0 ? "home" : dirParts[^1]);
        return new Page(id, url, section, source) { IsSectionIndex = sectionIndex };
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
