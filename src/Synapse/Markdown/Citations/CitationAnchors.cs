using System.Globalization;

namespace Synapse.Markdown.Citations;

/// <summary>The ids that connect markers and entries: markers are "cite-M" (M-th marker), entries "ref-N" (reference N).</summary>
internal static class CitationAnchors
{
    public static string Marker(int ordinal) => "cite-" + ordinal.ToString(CultureInfo.InvariantCulture);

    public static string Entry(int number) => "ref-" + number.ToString(CultureInfo.InvariantCulture);
}
