namespace Synapse.Verify;

/// <summary>
/// Maps a page of the built site back to the file an editor changes: input/&lt;section&gt;/&lt;slug&gt;.md for
/// /&lt;section&gt;/&lt;slug&gt;/, input/about.md for /about/, the layout or data file for generated pages. It also finds
/// the line of a link in that file by looking for the link's href, its xref form or its fragment.
/// </summary>
internal sealed class SourceLocator(string siteRoot)
{
    private readonly Dictionary<string, string[]> _lines = new(StringComparer.Ordinal);

    /// <summary>Site-root-relative source file for a page path, or null when none is known.</summary>
    public string? FileFor(string page)
    {
        var trimmed = page.TrimEnd('/');
        if (page.EndsWith(".html", StringComparison.Ordinal))
            trimmed = page[..^".html".Length];
        string[] candidates = trimmed.Length == 0
            ? ["input/index.md"]
            : [$"input/{trimmed}.md", $"input/{trimmed}/index.md"];
        foreach (var candidate in candidates)
            if (File.Exists(Path.Combine(siteRoot, candidate))) return candidate;
        return GeneratedSource(trimmed);
    }

    private string? GeneratedSource(string page)
    {
        var parts = page.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var layout = parts switch
        {
            [] => "home",
            ["404"] => "404",
            ["tags"] => "tags",
            ["tags", _] => "tag",
            ["glossary"] => null,
            [var one] when File.Exists(Path.Combine(siteRoot, "theme/layouts", one + ".liquid")) => one,
            [_] => "section",
            _ => null,
        };
        if (parts is ["glossary"] && File.Exists(Path.Combine(siteRoot, "input/_data/glossary.yaml")))
            return "input/_data/glossary.yaml";
        var file = layout is null ? null : $"theme/layouts/{layout}.liquid";
        return file is not null && File.Exists(Path.Combine(siteRoot, file)) ? file : null;
    }

    /// <summary>
    /// The 1-based line of <paramref name="file"/> that most likely holds a link to <paramref name="href"/>, or null.
    /// Tries the href as written, then "xref:slug#fragment", "xref:slug", "](#fragment" and finally the bare slug
    /// (which finds related: lists in front matter).
    /// </summary>
    public int? LineOf(string file, string href)
    {
        var lines = Lines(file);
        if (lines.Length == 0 || href.Length == 0) return null;
        var frontMatterEnd = FrontMatterEnd(lines);
        foreach (var (needle, frontMatterOnly) in Needles(href))
            for (var i = 0; i < (frontMatterOnly ? frontMatterEnd : lines.Length); i++)
                if (lines[i].Contains(needle, StringComparison.OrdinalIgnoreCase)) return i + 1;
        return null;
    }

    private static int FrontMatterEnd(string[] lines)
    {
        if (lines.Length == 0 || lines[0].Trim() != "---") return 0;
        for (var i = 1; i < lines.Length; i++)
            if (lines[i].Trim() == "---") return i;
        return 0;
    }

    private static IEnumerable<(string Needle, bool FrontMatterOnly)> Needles(string href)
    {
        yield return ("(" + href, false);
        var hash = href.IndexOf('#');
        var fragment = hash >= 0 ? href[(hash + 1)..] : "";
        var path = (hash >= 0 ? href[..hash] : href).Split('?')[0];
        var slug = path.TrimEnd('/').Split('/')[^1];
        if (slug.EndsWith(".html", StringComparison.Ordinal)) slug = slug[..^".html".Length];
        if (slug.Length > 0 && fragment.Length > 0) yield return ($"xref:{slug}#{fragment}", false);
        if (slug.Length > 0) yield return ($"xref:{slug})", false);
        if (path.Length == 0 && fragment.Length > 0) yield return ($"(#{fragment})", false);
        yield return (href, false);
        if (slug.Length > 0) yield return (slug, true);
    }

    private string[] Lines(string file)
    {
        lock (_lines)
        {
            if (_lines.TryGetValue(file, out var cached)) return cached;
            var full = Path.Combine(siteRoot, file);
            var lines = File.Exists(full) ? File.ReadAllLines(full) : [];
            _lines[file] = lines;
            return lines;
        }
    }
}
