using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Html;

namespace Synapse.Html;

/// <summary>
/// The one rule for every URL the site emits, whatever syntax produced it (Markdown links, images, autolinks and
/// reference definitions, raw HTML, settings, references): http, https, mailto, tel, relative paths and #fragments.
/// The URL is read the way a browser reads it — character references decoded, then tabs, line breaks and leading
/// control characters and spaces removed — before its scheme is looked at, so that <c>&amp;#106;avascript:</c>,
/// <c>java&amp;#9;script:</c> and <c>JAVASCRIPT:</c> are all seen as <c>javascript:</c>.
/// </summary>
internal static partial class UrlPolicy
{
    public const string Rule = "content/unsafe-url";
    public const string Hint = "Links and images may use http:, https:, mailto:, tel:, a path on this site or a #fragment; nothing that runs script or embeds a document (javascript:, vbscript:, data:, file:).";

    private static readonly string[] Allowed = ["http", "https", "mailto", "tel"];

    /// <summary>True when a browser given this attribute value would use an allowed scheme, or no scheme at all.</summary>
    public static bool IsAllowed(string? url) => Scheme(url) is not { } scheme || Allowed.Contains(scheme);

    /// <summary>The scheme a browser would see (lower case), or null for a relative URL or a fragment.</summary>
    public static string? Scheme(string? url)
    {
        if (string.IsNullOrEmpty(url)) return null;
        var text = Normalise(url);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ':') return i == 0 ? null : text[..i].ToLowerInvariant();
            if (c is '/' or '?' or '#' or '\\') return null;
            // A scheme is a letter followed by letters, digits, '+', '-' or '.'; anything else makes the URL a path.
            if (!(char.IsAsciiLetter(c) || (i > 0 && (char.IsAsciiDigit(c) || c is '+' or '-' or '.')))) return null;
        }
        return null;
    }

    /// <summary>Decodes character references (repeatedly, for double encoding) and removes what browsers ignore in a URL.</summary>
    public static string Normalise(string url)
    {
        var text = url;
        for (var i = 0; i < 3 && text.Contains('&'); i++)
        {
            var decoded = Reference().Replace(text, Decode);
            if (decoded == text) break;
            text = decoded;
        }
        text = text.TrimStart(c => c <= ' ');
        return text.Contains('\t') || text.Contains('\n') || text.Contains('\r') ? text.Replace("\t", "").Replace("\n", "").Replace("\r", "") : text;
    }

    /// <summary>A character reference as HTML5 reads it: numeric with or without ';', named (any HTML5 name) with ';'.</summary>
    [GeneratedRegex("&(#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,7};?|[A-Za-z][A-Za-z0-9]{1,31};)")]
    private static partial Regex Reference();

    private static string Decode(Match m)
    {
        var body = m.Value[1..].TrimEnd(';');
        if (body.StartsWith('#'))
        {
            var code = body.Length > 1 && body[1] is 'x' or 'X'
                ? int.Parse(body[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture)
                : int.Parse(body[1..], CultureInfo.InvariantCulture);
            return code is 0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF) ? "\uFFFD" : char.ConvertFromUtf32(code);
        }
        return HtmlEntityProvider.Resolver.GetSymbol(body + ";") ?? m.Value;
    }

    private static string TrimStart(this string s, Func<char, bool> drop)
    {
        var i = 0;
        while (i < s.Length && drop(s[i])) i++;
        return s[i..];
    }
}
