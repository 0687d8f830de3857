using System.Globalization;
using System.Text;

namespace Synapse.Markdown.Citations;

/// <summary>A marker as plain text ("[1–3, 5]", "[see 2, p. 3]"), for renderers without inline HTML.</summary>
internal static class CitationMarkerText
{
    public static string Plain(IReadOnlyList<MarkerPart> parts, string separator)
    {
        var builder = new StringBuilder("[");
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0) builder.Append(separator);
            builder.Append(parts[i] switch
            {
                RunPart run => $"{N(run.From)}\u2013{N(run.To)}",
                NumberPart n => Around(n.Prefix, N(n.Number), n.Locator, n.Suffix),
                MissingPart m => Around(m.Prefix, "?" + m.Key, m.Locator, m.Suffix),
                _ => "",
            });
        }
        return builder.Append(']').ToString();
    }

    private static string Around(string? prefix, string core, string? locator, string? suffix) =>
        (prefix is null ? "" : prefix + " ") + core + (locator is null ? "" : ", " + locator) + (suffix is null ? "" : ", " + suffix);

    private static string N(int number) => number.ToString(CultureInfo.InvariantCulture);
}
