using System.Text;

namespace Synapse.IO;

/// <summary>
/// The one base-path joiner and URL-path encoder. Site paths (routing, slugs, output paths) are kept as Unicode text;
/// every URL written into a page, the sitemap, the feed or <c>_redirects</c> goes through <see cref="Join"/>, so
/// non-ASCII is percent-encoded the same way everywhere ("schlafstörung/" → "schlafst%C3%B6rung/").
/// </summary>
internal static class UrlPath
{
    /// <summary>"/sub/" + "a/b/" → "/sub/a/b/", with the path part encoded.</summary>
    public static string Join(string basePath, string sitePath) => basePath + Encode(sitePath.TrimStart('/'));

    /// <summary>
    /// Percent-encodes, as UTF-8, what cannot stand in a URL path as it is: non-ASCII, spaces, control characters and
    /// <c>" &lt; &gt; \ ^ ` { | }</c>. Slashes, '%' (already-encoded text stays as it is), '?' and '#' are kept.
    /// </summary>
    public static string Encode(string path)
    {
        if (path.All(c => c > ' ' && c < 0x7F && !NeedsEncoding(c))) return path;
        var sb = new StringBuilder(path.Length + 16);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < path.Length; i++)
        {
            var c = path[i];
            if (c > ' ' && c < 0x7F && !NeedsEncoding(c)) { sb.Append(c); continue; }
            var length = char.IsHighSurrogate(c) && i + 1 < path.Length
                ? Encoding.UTF8.GetBytes(path.AsSpan(i++, 2), utf8)
                : Encoding.UTF8.GetBytes(path.AsSpan(i, 1), utf8);
            foreach (var b in utf8[..length]) sb.Append('%').Append(b.ToString("X2"));
        }
        return sb.ToString();
    }

    private static bool NeedsEncoding(char c) => c is '"' or '<' or '>' or '\\' or '^' or '`' or '{' or '|' or '}';
}
