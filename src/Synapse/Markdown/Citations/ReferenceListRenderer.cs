using Synapse.Site;
using System.Globalization;
using System.Text;
using Synapse.Bibliography;
using Synapse.Html;

namespace Synapse.Markdown.Citations;

/// <summary>
/// The References section that closes an article (or replaces its <c>&lt;!-- references --&gt;</c> line): entries in
/// citation order, <c>li id="ref-N"</c>, each with a back-link (↩) to every marker that cites it.
/// </summary>
internal static class ReferenceListRenderer
{
    /// <summary>What the references marker renders as; <see cref="InsertInto"/> replaces it.</summary>
    public const string Placeholder = "<!--synapse:references-->";

    /// <summary>The section's HTML, or "" when the article cites nothing.</summary>
    public static string Render(ArticleCitations cites, SiteBibliography bibliography)
    {
        if (cites.Keys.Count == 0) return "";
        var html = new StringBuilder();
        html.Append("<section class=\"references\" aria-labelledby=\"references\">\n<h2 id=\"references\">References</h2>\n<ol>\n");
        for (var i = 0; i < cites.Keys.Count; i++)
        {
            var key = cites.Keys[i];
            var number = i + 1;
            if (bibliography.TryGet(key, out var reference))
            {
                html.Append($"<li id=\"{CitationAnchors.Entry(number)}\">").Append(bibliography.EntryHtml(reference));
            }
            else
            {
                html.Append($"<li id=\"{CitationAnchors.Entry(number)}\" class=\"cite-missing\">[?{HtmlText.Escape(key)}] Not in the bibliography.");
            }
            AppendBackLinks(html, number, cites.MarkerIdsFor(key));
            html.Append("</li>\n");
        }
        html.Append("</ol>\n</section>\n");
        return html.ToString();
    }

    /// <summary>Puts the section where the article's marker placeholder is, or at the end when there is none.</summary>
    public static string InsertInto(string articleHtml, string referencesHtml)
    {
        var at = articleHtml.IndexOf(Placeholder, StringComparison.Ordinal);
        if (at < 0)
        {
            if (referencesHtml.Length == 0) return articleHtml;
            return articleHtml.Length == 0 || articleHtml.EndsWith('\n') ? articleHtml + referencesHtml : articleHtml + "\n" + referencesHtml;
        }
        var before = articleHtml[..at];
        var after = articleHtml[(at + Placeholder.Length)..].Replace(Placeholder, "", StringComparison.Ordinal);
        if (referencesHtml.Length == 0 && after.StartsWith('\n')) after = after[1..];
        return before + referencesHtml.TrimEnd('\n') + after;
    }

    private static void AppendBackLinks(StringBuilder html, int number, IReadOnlyList<string> markerIds)
    {
        if (markerIds.Count == 0) return;
        html.Append(" <span class=\"ref-backlinks\">");
        for (var i = 0; i < markerIds.Count; i++)
        {
            var nth = (i + 1).ToString(CultureInfo.InvariantCulture);
            if (i > 0) html.Append(' ');
            html.Append($"<a href=\"#{HtmlText.Escape(markerIds[i])}\" aria-label=\"Back to citation {nth} of reference {number.ToString(CultureInfo.InvariantCulture)}\">\u21a9");
            if (markerIds.Count > 1) html.Append($"<sup>{nth}</sup>");
            html.Append("</a>");
        }
        html.Append("</span>");
    }
}
