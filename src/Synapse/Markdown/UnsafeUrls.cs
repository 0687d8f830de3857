using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Synapse.Diagnostics;
using Synapse.Html;

namespace Synapse.Markdown;

/// <summary>
/// Applies <see cref="UrlPolicy"/> to every URL a Markdown body can produce — links, images, autolinks, reference
/// definitions and the URL attributes of raw HTML — reporting each refused one at its own line and emptying it,
/// so that nothing refused reaches the page even when the build goes on to report more problems.
/// </summary>
internal static partial class UnsafeUrls
{
    /// <summary>Attributes whose value a browser follows, loads or runs as a URL (HTML, SVG and MathML).</summary>
    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "cite", "ping", "lowsrc", "dynsrc",
        "longdesc", "manifest", "codebase", "icon", "srcset", "imagesrcset", "values", "to", "from", "by",
    };

    public static void Check(MarkdownDocument doc, SourceMap map, DiagnosticBag bag) => Check(Site.SyntaxNodes.Of(doc), map, bag);

    public static void Check(Site.SyntaxNodes nodes, SourceMap map, DiagnosticBag bag)
    {
        foreach (var definition in nodes.Definitions)
            if (!Allowed(definition.Url))
            {
                Report(definition.Url ?? "", map.Locate(definition.Line, definition.Column), bag);
                definition.Url = "";
            }
        foreach (var link in nodes.Links)
            if (!Allowed(link.Url))
            {
                // A link made from a reference definition was reported at the definition.
                if (link.Reference is null) Report(link.Url!, map.Locate(link.Line, link.Column), bag);
                link.Url = "";
            }
        foreach (var autolink in nodes.Autolinks)
            if (!Allowed(autolink.Url))
            {
                Report(autolink.Url, map.Locate(autolink.Line, autolink.Column), bag);
                autolink.Url = "";
            }
        foreach (var block in nodes.HtmlBlocks)
            CheckHtml(block.Lines.ToString(), block.Line, map, bag);
        foreach (var inline in nodes.HtmlInlines)
            CheckHtml(inline.Tag, inline.Line, map, bag);
    }

    /// <summary>Every URL attribute of every tag in a piece of raw HTML; the line is found by counting line breaks.</summary>
    public static void CheckHtml(string html, int firstLine, SourceMap map, DiagnosticBag bag)
    {
        foreach (Match tag in Tag().Matches(html))
            foreach (Match attribute in Attribute().Matches(tag.Value))
            {
                if (!UrlAttributes.Contains(attribute.Groups["name"].Value)) continue;
                var value = attribute.Groups["value"].Value;
                var candidates = attribute.Groups["name"].Value.EndsWith("srcset", StringComparison.OrdinalIgnoreCase)
                    ? value.Split(',').Select(c => c.Trim().Split(' ')[0])
                    : attribute.Groups["name"].Value.Equals("values", StringComparison.OrdinalIgnoreCase) ? value.Split(';') : [value];
                foreach (var url in candidates)
                    if (!Allowed(url))
                    {
                        var offset = tag.Index + attribute.Index;
                        var line = firstLine + html.AsSpan(0, offset).Count('\n');
                        var lineStart = html.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
                        Report(url, map.Locate(line, offset - lineStart), bag);
                    }
            }
    }

    /// <summary>xref: is resolved to a path on this site before anything is written, so a source may use it.</summary>
    private static bool Allowed(string? url) => UrlPolicy.IsAllowed(url) || UrlPolicy.Scheme(url) == "xref";

    private static void Report(string url, SourceLocation at, DiagnosticBag bag)
    {
        var shown = url.Length > 60 ? url[..60] + "…" : url;
        bag.Error(UrlPolicy.Rule, at, $"The URL '{shown.ReplaceLineEndings(" ")}' uses the {UrlPolicy.Scheme(url)}: scheme, which pages may not link to or load.", UrlPolicy.Hint);
    }

    [GeneratedRegex(@"<[A-Za-z][^>]*>?", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?<name>[^\s""'>/=]+)\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)'|(?<value>[^\s>]+))", RegexOptions.CultureInvariant)]
    private static partial Regex Attribute();
}
