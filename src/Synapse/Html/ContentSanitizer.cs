using Ganss.Xss;

namespace Synapse.Html;

/// <summary>Removes scripts, event handlers and unsafe URLs from HTML that came from content (raw HTML in Markdown).</summary>
internal static class ContentSanitizer
{
    private static readonly HtmlSanitizer Sanitizer = Create();

    private static HtmlSanitizer Create()
    {
        var s = new HtmlSanitizer();
        s.AllowedAttributes.Add("id");
        s.AllowedAttributes.Add("class");
        s.AllowedAttributes.Add("role");
        foreach (var aria in new[] { "aria-label", "aria-labelledby", "aria-describedby", "aria-hidden" }) s.AllowedAttributes.Add(aria);
        s.AllowedSchemes.Add("mailto");
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
        return s;
    }

    public static string Sanitize(string html) => Sanitizer.Sanitize(html);
}
