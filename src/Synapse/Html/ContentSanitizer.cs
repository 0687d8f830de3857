using Ganss.Xss;

namespace Synapse.Html;

/// <summary>
/// Removes scripts, event handlers, unsafe URLs, forms and embedded documents from the HTML of every content page
/// (Markdown output and raw HTML alike), after <see cref="UrlPolicy"/> has reported refused URLs at their lines.
/// </summary>
internal static class ContentSanitizer
{
    /// <summary>Elements removed from content even though HtmlSanitizer allows some of them by default.</summary>
    public static readonly string[] FormsAndEmbeds =
        ["form", "input", "button", "textarea", "select", "option", "optgroup", "datalist", "output", "fieldset", "legend", "keygen",
         "iframe", "frame", "frameset", "object", "embed", "applet", "param", "base", "meta", "link", "style", "portal"];

    private static readonly HashSet<string> CodeElements = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "template", "xmp", "noembed", "noframes", "noscript", "iframe", "textarea" };
    private static readonly HtmlSanitizer Sanitizer = Create();

    private static HtmlSanitizer Create()
    {
        var s = new HtmlSanitizer();
        s.AllowedAttributes.Add("id");
        s.AllowedAttributes.Add("class");
        s.AllowedAttributes.Add("role");
        foreach (var aria in new[] { "aria-label", "aria-labelledby", "aria-describedby", "aria-hidden" }) s.AllowedAttributes.Add(aria);
        // The same schemes as UrlPolicy: relative URLs and #fragments are kept by the sanitiser itself.
        s.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "http", "https", "mailto", "tel" }) s.AllowedSchemes.Add(scheme);
        // Nothing that submits data, embeds another document or runs a plug-in.
        foreach (var tag in FormsAndEmbeds) s.AllowedTags.Remove(tag);
        s.AllowedAttributes.Remove("formaction");
        s.AllowedTags.Add("section");
        s.AllowedTags.Add("aside");
        s.AllowedTags.Add("details");
        s.AllowedTags.Add("summary");
        s.AllowedTags.Add("figure");
        s.AllowedTags.Add("figcaption");
        s.AllowedTags.Add("mark");
        s.AllowedCssProperties.Clear();
        s.AllowedAttributes.Remove("style");
        s.KeepChildNodes = true;
        // The text inside a removed script, style or template is code, not content: it goes with the element.
        s.RemovingTag += (_, e) => { if (CodeElements.Contains(e.Tag.LocalName)) e.Tag.TextContent = ""; };
        return s;
    }

    public static string Sanitize(string html) => Sanitizer.Sanitize(html);
}
