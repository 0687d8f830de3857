using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Synapse.Tests.Hostile;

/// <summary>
/// An independent reading of built output for anything that could run script or send data elsewhere: script elements
/// other than JSON-LD and same-origin files, event-handler attributes, javascript:/vbscript:/data: URLs, srcdoc,
/// forms, frames, objects and embeds, and style attributes. Deliberately not the generator's own URL policy.
/// </summary>
internal static class ScriptFreeOutput
{
    private static readonly HtmlParser Parser = new();
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "cite", "srcset", "ping", "lowsrc", "dynsrc", "longdesc", "content"];
    private static readonly string[] Forbidden = ["iframe", "frame", "frameset", "object", "embed", "applet", "base", "portal"];

    /// <summary>Every problem in every HTML, SVG, JSON and XML file of a built site, as "file: problem".</summary>
    public static List<string> Problems(string output)
    {
        var problems = new List<string>();
        foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories))
        {
            var rel = Path.GetRelativePath(output, file).Replace('\\', '/');
            var ext = Path.GetExtension(file).ToLowerInvariant();
            if (ext is ".html" or ".htm" or ".svg")
                problems.AddRange(InHtml(File.ReadAllText(file)).Select(p => rel + ": " + p));
            // oEmbed answers carry the iframe snippet other sites paste to frame our embed view: HTML for them, not for our pages.
            else if (ext == ".json" && !rel.StartsWith("search-", StringComparison.Ordinal) && !rel.StartsWith("oembed/", StringComparison.Ordinal))
                foreach (var html in JsonStrings(File.ReadAllText(file)))
                    problems.AddRange(InHtml(html).Select(p => rel + ": " + p));
            else if (ext == ".xml")
                problems.AddRange(InXml(File.ReadAllText(file)).Select(p => rel + ": " + p));
        }
        return problems;
    }

    public static IEnumerable<string> InHtml(string html)
    {
        var doc = Parser.ParseDocument(html);
        foreach (var element in doc.All)
        {
            var name = element.LocalName.ToLowerInvariant();
            if (name == "script")
            {
                var type = element.GetAttribute("type")?.Trim().ToLowerInvariant();
                var src = element.GetAttribute("src");
                if (type == "application/ld+json") { if (element.TextContent.Contains("</", StringComparison.Ordinal)) yield return "JSON-LD contains '</'"; }
                else if (src is null || !IsSameOrigin(src)) yield return $"script element: {Short(element.OuterHtml)}";
            }
            if (Forbidden.Contains(name)) yield return $"<{name}> element";
            // The theme's search form is the one form: it must submit to this site.
            if (name == "form" && (element.GetAttribute("action") is not { } action || !IsSameOrigin(action))) yield return $"form posting to {element.GetAttribute("action")}";
            if (name == "meta" && element.GetAttribute("http-equiv")?.Equals("refresh", StringComparison.OrdinalIgnoreCase) == true
                && element.GetAttribute("content") is { } refresh && Dangerous(refresh[(refresh.IndexOf("url=", StringComparison.OrdinalIgnoreCase) is var u and >= 0 ? u + 4 : 0)..]))
                yield return $"meta refresh to {refresh}";
            foreach (var attr in element.Attributes)
            {
                var an = attr.Name.ToLowerInvariant();
                if (an.StartsWith("on", StringComparison.Ordinal)) yield return $"event handler {an} on <{name}>";
                if (an is "srcdoc" or "style") yield return $"{an} attribute on <{name}>";
                if (an is not "content" && UrlAttributes.Contains(an) && Dangerous(attr.Value)) yield return $"{an}=\"{Short(attr.Value)}\" on <{name}>";
            }
        }
    }

    private static IEnumerable<string> InXml(string xml)
    {
        foreach (var marker in new[] { "javascript:", "vbscript:", "data:text/html", "<script" })
            if (xml.Contains(marker, StringComparison.OrdinalIgnoreCase)) yield return $"contains '{marker}'";
    }

    private static IEnumerable<string> JsonStrings(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var stack = new Stack<JsonElement>([doc.RootElement]);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            switch (e.ValueKind)
            {
                case JsonValueKind.Object: foreach (var p in e.EnumerateObject()) stack.Push(p.Value); break;
                case JsonValueKind.Array: foreach (var i in e.EnumerateArray()) stack.Push(i); break;
                case JsonValueKind.String:
                    var s = e.GetString()!;
                    if (Dangerous(s)) yield return $"<a href=\"{s}\"></a>";
                    else if (s.Contains('<')) yield return s;
                    break;
            }
        }
    }

    /// <summary>A URL a browser would run or render as a document: javascript:, vbscript:, data: (after the browser's own clean-up).</summary>
    public static bool Dangerous(string url)
    {
        var cleaned = new string(System.Net.WebUtility.HtmlDecode(url).Where(c => c > ' ' && c != '\u007f').ToArray()).ToLowerInvariant();
        return cleaned.StartsWith("javascript:", StringComparison.Ordinal) || cleaned.StartsWith("vbscript:", StringComparison.Ordinal)
            || cleaned.StartsWith("data:", StringComparison.Ordinal) || cleaned.StartsWith("livescript:", StringComparison.Ordinal);
    }

    private static bool IsSameOrigin(string src) => src.StartsWith('/') && !src.StartsWith("//", StringComparison.Ordinal);

    private static string Short(string s) => s.Length > 80 ? s[..80] + "…" : s;
}
