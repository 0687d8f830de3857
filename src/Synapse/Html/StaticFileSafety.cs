using System.Xml;
using Synapse.Diagnostics;

namespace Synapse.Html;

/// <summary>
/// Static files from input/ are published as they are, so the ones a browser runs as a document or a script are
/// refused unless statiq.json lists them in "passthrough": .html, .js, .xml and their kin. SVG images may be
/// published only when they hold nothing that runs or loads (no script, handler, foreign object, external or
/// javascript: reference, DTD or entity).
/// </summary>
internal static class StaticFileSafety
{
    public const string NotAllowedRule = "static/not-allowed";
    public const string UnsafeSvgRule = "static/unsafe-svg";

    private static readonly HashSet<string> Documents = new(StringComparer.OrdinalIgnoreCase)
        { ".html", ".htm", ".xhtml", ".xht", ".shtml", ".js", ".mjs", ".cjs", ".xml", ".xsl", ".xslt", ".wasm", ".swf" };

    /// <summary>The input files that may be published; reports each one that may not.</summary>
    /// <param name="passthrough">statiq.json "passthrough": paths under input/ ("embed/widget.html" or "input/embed/widget.html").</param>
    public static IReadOnlyList<string> Allowed(IEnumerable<string> files, string siteRoot, IReadOnlyList<string> passthrough, DiagnosticBag bag)
    {
        var listed = passthrough.Select(p => "input/" + p.Trim().TrimStart('/').Replace('\\', '/').RemovePrefix("input/")).ToHashSet(StringComparer.Ordinal);
        var allowed = new List<string>();
        foreach (var file in files)
        {
            var rel = Path.GetRelativePath(siteRoot, file).Replace('\\', '/');
            var extension = Path.GetExtension(file);
            if (listed.Contains(rel)) allowed.Add(file);
            else if (Documents.Contains(extension))
                bag.Error(NotAllowedRule, SourceLocation.FileOnly(rel), $"A static {extension} file in input/ would be published as it is, and a browser runs it as a page or a script.",
                    $"Write the page in Markdown, or, if it is meant to be published unchanged, list it in statiq.json: \"passthrough\": [\"{rel["input/".Length..]}\"].");
            else if (extension.Equals(".svg", StringComparison.OrdinalIgnoreCase) && SvgProblem(file) is { } problem)
                bag.Error(UnsafeSvgRule, new SourceLocation(rel, problem.Line, problem.Column), $"The SVG image {problem.What}; an SVG opened on its own runs as a page.",
                    "Export the image again as plain SVG (shapes, paths, text, gradients), or save it as PNG or WebP.");
            else allowed.Add(file);
        }
        return allowed;
    }

    /// <summary>The first thing in an SVG file that could run or load, or null for a plain image.</summary>
    public static (int Line, int Column, string What)? SvgProblem(string file)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        try
        {
            using var reader = XmlReader.Create(file, settings);
            var info = (IXmlLineInfo)reader;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.ProcessingInstruction && reader.Name.Equals("xml-stylesheet", StringComparison.OrdinalIgnoreCase))
                    return (info.LineNumber, info.LinePosition, "loads a stylesheet with a processing instruction");
                if (reader.NodeType == XmlNodeType.Text && reader.Value.Contains("url(", StringComparison.OrdinalIgnoreCase) && reader.Value.Contains("//", StringComparison.Ordinal))
                    return (info.LineNumber, info.LinePosition, "has a style that loads from another address");
                if (reader.NodeType != XmlNodeType.Element) continue;
                var name = reader.LocalName.ToLowerInvariant();
                if (name is "script" or "foreignobject" or "iframe" or "embed" or "object" or "handler" or "listener")
                    return (info.LineNumber, info.LinePosition, $"contains a <{reader.LocalName}> element");
                var (line, column) = (info.LineNumber, info.LinePosition);
                for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
                {
                    var attribute = reader.LocalName.ToLowerInvariant();
                    var value = reader.Value.Trim();
                    if (attribute.StartsWith("on", StringComparison.Ordinal))
                        return (line, column, $"has an event-handler attribute '{reader.Name}'");
                    if (attribute == "href" && !value.StartsWith('#'))
                        return (line, column, $"refers to '{value}' (only #references inside the image are allowed)");
                    if (attribute == "attributename" && value.EndsWith("href", StringComparison.OrdinalIgnoreCase))
                        return (line, column, "animates a link target");
                    if (!UrlPolicy.IsAllowed(value) || (value.Contains("url(", StringComparison.OrdinalIgnoreCase) && !value.Contains("url(#", StringComparison.OrdinalIgnoreCase)))
                        return (line, column, $"has an attribute '{reader.Name}' that loads or runs '{value}'");
                }
            }
            return null;
        }
        catch (XmlException ex)
        {
            return (Math.Max(1, ex.LineNumber), Math.Max(1, ex.LinePosition), $"is not well-formed XML or declares a DTD or entities ({ex.Message.Split('.')[0]})");
        }
    }

    private static string RemovePrefix(this string s, string prefix) => s.StartsWith(prefix, StringComparison.Ordinal) ? s[prefix.Length..] : s;
}
