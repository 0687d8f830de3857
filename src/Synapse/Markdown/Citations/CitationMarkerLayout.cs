namespace Synapse.Markdown.Citations;

/// <summary>One part of a rendered marker.</summary>
internal abstract record MarkerPart;

/// <summary>A numbered item, with whatever the author wrote around it.</summary>
internal sealed record NumberPart(int Number, string? Prefix, string? Locator, string? Suffix) : MarkerPart;

/// <summary>A run of three or more consecutive numbers shown as "From–To".</summary>
internal sealed record RunPart(int From, int To) : MarkerPart;

/// <summary>A key that is not in the bibliography, shown as "?key".</summary>
internal sealed record MissingPart(string Key, string? Prefix, string? Locator, string? Suffix) : MarkerPart;

/// <summary>
/// Decides what a marker shows. Bare keys ([@a; @b; @c; @e]) are sorted, de-duplicated, and runs of 3+ compressed:
/// "1–3, 5". As soon as one item has a prefix, locator or suffix, items keep their written order, separated by "; ".
/// </summary>
internal static class CitationMarkerLayout
{
    public static (IReadOnlyList<MarkerPart> Parts, string Separator) Build(CitationInline citation)
    {
        var numbers = citation.Numbers.Count == citation.Items.Count ? citation.Numbers : citation.Items.Select(_ => 0).ToList();
        if (citation.Items.All(i => i.IsBare)) return (Compressed(citation.Items, numbers), ", ");
        var parts = citation.Items.Select((item, i) => numbers[i] > 0
            ? (MarkerPart)new NumberPart(numbers[i], item.Prefix, item.Locator, item.Suffix)
            : new MissingPart(item.Key, item.Prefix, item.Locator, item.Suffix)).ToList();
        return (parts, "; ");
    }

    private static List<MarkerPart> Compressed(IReadOnlyList<CitationItem> items, IReadOnlyList<int> numbers)
    {
        var parts = new List<MarkerPart>();
        var sorted = numbers.Where(n => n > 0).Distinct().Order().ToList();
        for (var i = 0; i < sorted.Count;)
        {
            var j = i;
            while (j + 1 < sorted.Count && sorted[j + 1] == sorted[j] + 1) j++;
            if (j - i >= 2)
            {
                parts.Add(new RunPart(sorted[i], sorted[j]));
            }
            else
            {
                for (var k = i; k <= j; k++) parts.Add(new NumberPart(sorted[k], null, null, null));
            }
            i = j + 1;
        }
        var missing = items.Where((_, i) => numbers[i] == 0).Select(item => item.Key).Distinct(StringComparer.Ordinal);
        parts.AddRange(missing.Select(key => new MissingPart(key, null, null, null)));
        return parts;
    }
}
