using System.Globalization;
using System.Text;

namespace Synapse.Bibliography;

/// <summary>A–Z order of references: first author's family name (or organisation), else title; then title and year.</summary>
internal static class AlphabeticalOrder
{
    public static IReadOnlyList<Reference> Sort(IEnumerable<Reference> references) =>
        references
            .OrderBy(r => Fold(Lead(r)), StringComparer.Ordinal)
            .ThenBy(r => Fold(r.Title ?? ""), StringComparer.Ordinal)
            .ThenBy(r => r.Issued?.Year ?? 0)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();

    /// <summary>The group a reference is listed under: "A" to "Z", or "#" for anything else.</summary>
    public static string Letter(Reference reference)
    {
        var first = Fold(Lead(reference)).FirstOrDefault(char.IsLetterOrDigit);
        return first is >= 'a' and <= 'z' ? char.ToUpperInvariant(first).ToString() : "#";
    }

    private static string Lead(Reference r)
    {
        var name = r.Authors.Count > 0 ? r.Authors[0] : r.Editors.Count > 0 ? r.Editors[0] : null;
        if (name is not null) return name.SortText;
        if (r.Kind is ReferenceKind.Report or ReferenceKind.Regulatory && r.Publisher is not null) return r.Publisher;
        return r.Title ?? r.Id;
    }

    /// <summary>Lower case without accents, so that "Ødegaard" and "Émile" sort among O and E.</summary>
    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            builder.Append(c switch { 'ø' or 'Ø' => 'o', 'æ' or 'Æ' => 'a', 'ß' => 's', 'ł' or 'Ł' => 'l', _ => char.ToLowerInvariant(c) });
        }
        return builder.ToString();
    }
}
