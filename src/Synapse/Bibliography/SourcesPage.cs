using System.Text;
using Synapse.Html;

namespace Synapse.Bibliography;

/// <summary>
/// The body of the site's Sources page: every reference A–Z in Vancouver style, grouped by letter, each followed
/// by links to the articles that cite it (or a note that none does yet).
/// </summary>
internal static class SourcesPage
{
    /// <param name="articles">Every article: site-relative URL (e.g. "treatments/tms/"), title and cited keys.</param>
    /// <param name="bibliography">The site bibliography.</param>
    /// <param name="basePath">The site's base path, "/" or "/sub/"; prefixed to every article URL.</param>
    public static string RenderBody(
        IReadOnlyList<(string Url, string Title, IReadOnlyList<string> Keys)> articles,
        SiteBibliography bibliography,
        string basePath = "/")
    {
        var citedBy = CitingArticles(articles, bibliography);
        var groups = AlphabeticalOrder.Sort(bibliography.References)
            .GroupBy(AlphabeticalOrder.Letter)
            .OrderBy(g => g.Key == "#" ? 1 : 0).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        var ids = new SourceIds();
        var html = new StringBuilder();
        if (groups.Count == 0) return "<p class=\"sources-empty\">No sources yet.</p>\n";
        html.Append("<nav class=\"sources-letters\" aria-label=\"Sources by letter\"><ul>");
        foreach (var group in groups)
            html.Append($"<li><a href=\"#{LetterId(group.Key)}\">{HtmlText.Escape(group.Key)}</a></li>");
        html.Append("</ul></nav>\n");
        foreach (var group in groups)
        {
            var id = LetterId(group.Key);
            html.Append($"<section class=\"sources-group\" aria-labelledby=\"{id}\">\n<h2 id=\"{id}\">{HtmlText.Escape(group.Key)}</h2>\n<ul class=\"sources\">\n");
            foreach (var reference in group)
            {
                html.Append($"<li id=\"{ids.For(reference.Id)}\"><p class=\"source-entry\">{bibliography.EntryHtml(reference)}</p>");
                AppendCitedBy(html, citedBy.GetValueOrDefault(reference.Id), basePath);
                html.Append("</li>\n");
            }
            html.Append("</ul>\n</section>\n");
        }
        return html.ToString();
    }

    private static void AppendCitedBy(StringBuilder html, List<(string Url, string Title)>? articles, string basePath)
    {
        if (articles is null || articles.Count == 0)
        {
            html.Append("<p class=\"source-cited-by source-uncited\">Not cited in any article yet.</p>");
            return;
        }
        html.Append("<p class=\"source-cited-by\">Cited in: ");
        html.AppendJoin(", ", articles.Select(a => $"<a href=\"{HtmlText.Escape(SiteUrl(basePath, a.Url))}\">{HtmlText.Escape(a.Title)}</a>"));
        html.Append("</p>");
    }

    private static Dictionary<string, List<(string Url, string Title)>> CitingArticles(
        IReadOnlyList<(string Url, string Title, IReadOnlyList<string> Keys)> articles, SiteBibliography bibliography)
    {
        var map = new Dictionary<string, List<(string Url, string Title)>>(StringComparer.Ordinal);
        foreach (var article in articles.OrderBy(a => a.Title, StringComparer.OrdinalIgnoreCase).ThenBy(a => a.Url, StringComparer.Ordinal))
        {
            foreach (var key in article.Keys.Distinct(StringComparer.Ordinal).Where(bibliography.Contains))
            {
                if (!map.TryGetValue(key, out var list)) map[key] = list = [];
                if (!list.Any(a => a.Url == article.Url)) list.Add((article.Url, article.Title));
            }
        }
        return map;
    }

    /// <summary>"/" + "treatments/tms/" → "/treatments/tms/"; "/sub" + "/x/" → "/sub/x/".</summary>
    public static string SiteUrl(string basePath, string url)
    {
        var prefix = "/" + basePath.Trim('/');
        return (prefix.Length > 1 ? prefix + "/" : "/") + url.TrimStart('/');
    }

    private static string LetterId(string letter) => letter == "#" ? "sources-other" : $"sources-{letter.ToLowerInvariant()}";

    /// <summary>Fragment-safe, unique ids for entries: "source-" + the key with anything but letters, digits, '-' and '_' as '-'.</summary>
    private sealed class SourceIds
    {
        private readonly HashSet<string> _used = new(StringComparer.Ordinal);

        public string For(string key)
        {
            var safe = "source-" + new string(key.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray());
            var id = safe;
            for (var n = 2; !_used.Add(id); n++) id = $"{safe}-{n}";
            return id;
        }
    }
}
