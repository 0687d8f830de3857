using System.Text.RegularExpressions;
using Synapse.Diagnostics;
using Synapse.Html;

namespace Synapse.Layouts;

/// <summary>
/// Layout overrides in input/_layouts come with content, so they are untrusted: no inline script (JSON-LD data blocks
/// and script files of this site are fine), no event-handler attribute, and every literal URL passes <see cref="UrlPolicy"/>.
/// The theme's own layouts are trusted and not checked.
/// </summary>
internal static partial class LayoutSafety
{
    public const string Rule = "layout/unsafe-html";

    public static void Check(string source, string file, DiagnosticBag bag)
    {
        foreach (Match tag in Tag().Matches(source))
        {
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            var attributes = Attribute().Matches(tag.Value).ToDictionary(a => a.Groups["name"].Value.ToLowerInvariant(), a => (a.Groups["value"].Value, a.Index), StringComparer.Ordinal);
            if (name == "script" && !(attributes.TryGetValue("type", out var type) && type.Value.Trim().Equals("application/ld+json", StringComparison.OrdinalIgnoreCase))
                && !(attributes.TryGetValue("src", out var src) && IsSiteFile(src.Value)))
                Report(source, tag.Index, file, "A script element in a layout override must load a file of this site (src=\"{{ site.base_path }}assets/…\") or hold JSON-LD data.", bag);
            if (name is "iframe" or "object" or "embed" or "base" or "frame")
                Report(source, tag.Index, file, $"A layout override may not contain <{name}>.", bag);
            foreach (var (attribute, (value, index)) in attributes)
            {
                if (attribute.StartsWith("on", StringComparison.Ordinal))
                    Report(source, tag.Index + index, file, $"The event-handler attribute '{attribute}' runs script; the site's Content-Security-Policy blocks inline handlers.", bag);
                else if (attribute is "href" or "src" or "action" or "formaction" or "xlink:href" or "data" or "poster" or "srcset" && !UrlPolicy.IsAllowed(value))
                    Report(source, tag.Index + index, file, $"The URL '{value}' uses the {UrlPolicy.Scheme(value)}: scheme, which pages may not link to or load.", bag);
            }
        }
    }

    /// <summary>A path on this site (relative or root-relative, Liquid expressions allowed), never another host.</summary>
    private static bool IsSiteFile(string src) =>
        UrlPolicy.Scheme(src) is null && !src.TrimStart().StartsWith("//", StringComparison.Ordinal) && !src.TrimStart().StartsWith("\\\\", StringComparison.Ordinal);

    private static void Report(string source, int offset, string file, string message, DiagnosticBag bag)
    {
        var line = 1 + source.AsSpan(0, offset).Count('\n');
        var column = offset - source.LastIndexOf('\n', Math.Max(0, offset - 1));
        bag.Error(Rule, new SourceLocation(file, line, Math.Max(1, column)), message,
            "Keep behaviour in a .js file under theme/assets/ and load it with <script src=\"{{ site.base_path }}assets/…\" defer></script>; links may use http:, https:, mailto:, tel: or a path.");
    }

    [GeneratedRegex(@"<(?<name>[A-Za-z][A-Za-z0-9:-]*)(?:[^>""']|""[^""]*""|'[^']*')*>?", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s(?<name>[^\s""'>/=]+)\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)'|(?<value>[^\s>]+))", RegexOptions.CultureInvariant)]
    private static partial Regex Attribute();
}
