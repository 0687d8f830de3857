using System.Buffers;
using System.Text;

namespace Synapse.Html;

/// <summary>
/// The one escaper for text that goes into HTML or XML: element content and quoted attribute values (either quote).
/// Escapes &amp; &lt; &gt; " and ' and leaves every other character, non-ASCII included, as it is (pages are UTF-8).
/// </summary>
internal static class HtmlText
{
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'");

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var next = text.AsSpan().IndexOfAny(Special);
        if (next < 0) return text;
        var builder = new StringBuilder(text.Length + 16);
        var rest = text.AsSpan();
        while (next >= 0)
        {
            builder.Append(rest[..next]).Append(rest[next] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&#39;",
            });
            rest = rest[(next + 1)..];
            next = rest.IndexOfAny(Special);
        }
        return builder.Append(rest).ToString();
    }
}
