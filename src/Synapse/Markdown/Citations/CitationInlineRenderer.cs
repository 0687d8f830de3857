using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Synapse.Markdown.Citations;

/// <summary>
/// Writes a numbered marker: <c>&lt;span class="citation" id="cite-1"&gt;[&lt;a href="#ref-1" aria-label="Reference 1"&gt;1&lt;/a&gt;]&lt;/span&gt;</c>.
/// A compressed run is a group named "References 1 to 3" whose end numbers link to their entries. Keys that are not
/// in the bibliography show as <c>[?key]</c> with class <c>cite-missing</c>. Everything from content is escaped.
/// </summary>
internal sealed class CitationInlineRenderer : HtmlObjectRenderer<CitationInline>
{
    protected override void Write(HtmlRenderer renderer, CitationInline citation)
    {
        var (parts, separator) = CitationMarkerLayout.Build(citation);
        if (!renderer.EnableHtmlForInline)
        {
            renderer.WriteEscape(CitationMarkerText.Plain(parts, separator));
            return;
        }
        var allMissing = parts.All(p => p is MissingPart);
        renderer.Write(allMissing ? "<span class=\"citation cite-missing\"" : "<span class=\"citation\"");
        if (citation.MarkerId is not null) renderer.Write(" id=\"").WriteEscape(citation.MarkerId).Write('"');
        renderer.Write(">[");
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0) renderer.Write(separator);
            WritePart(renderer, parts[i], allMissing);
        }
        renderer.Write("]</span>");
    }

    private static void WritePart(HtmlRenderer renderer, MarkerPart part, bool allMissing)
    {
        switch (part)
        {
            case RunPart run:
                renderer.Write($"<span class=\"cite-run\" role=\"group\" aria-label=\"References {N(run.From)} to {N(run.To)}\">");
                WriteLink(renderer, run.From);
                renderer.Write("\u2013");
                WriteLink(renderer, run.To);
                renderer.Write("</span>");
                break;
            case NumberPart number:
                WriteAround(renderer, number.Prefix, () => WriteLink(renderer, number.Number), number.Locator, number.Suffix);
                break;
            case MissingPart missing:
                WriteAround(renderer, missing.Prefix, () =>
                {
                    if (!allMissing) renderer.Write("<span class=\"cite-missing\">");
                    renderer.Write('?').WriteEscape(missing.Key);
                    if (!allMissing) renderer.Write("</span>");
                }, missing.Locator, missing.Suffix);
                break;
        }
    }

    private static void WriteAround(HtmlRenderer renderer, string? prefix, Action writeNumber, string? locator, string? suffix)
    {
        if (prefix is not null) renderer.WriteEscape(prefix).Write(' ');
        writeNumber();
        if (locator is not null) renderer.Write(", ").WriteEscape(locator);
        if (suffix is not null) renderer.Write(", ").WriteEscape(suffix);
    }

    private static void WriteLink(HtmlRenderer renderer, int number) =>
        renderer.Write($"<a href=\"#{CitationAnchors.Entry(number)}\" aria-label=\"Reference {N(number)}\">{N(number)}</a>");

    private static string N(int number) => number.ToString(CultureInfo.InvariantCulture);
}
