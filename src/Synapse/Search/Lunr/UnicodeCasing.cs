using System.Globalization;
using System.Text;

namespace Synapse.Search.Lunr;

/// <summary>The Unicode Cased and Case_Ignorable properties, derived from .NET's category tables.</summary>
internal static class UnicodeCasing
{
    /// <summary>Word_Break MidLetter, MidNumLet and Single_Quote code points (case-ignorable though punctuation).</summary>
    private static readonly int[] WordBreakIgnorables =
        [0x27, 0x2E, 0x3A, 0xB7, 0x387, 0x55F, 0x5F4, 0x2018, 0x2019, 0x2024, 0x2027, 0xFE13, 0xFE52, 0xFE55, 0xFF07, 0xFF0E, 0xFF1A];

    public static bool IsCaseIgnorable(int cp) =>
        CharUnicodeInfo.GetUnicodeCategory(cp) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.Format or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol
        || Array.IndexOf(WordBreakIgnorables, cp) >= 0;

    /// <summary>Lowercase, uppercase or titlecase (including Other_Lowercase and Other_Uppercase symbols).</summary>
    public static bool IsCased(int cp)
    {
        if (!Rune.IsValid(cp)) return false;
        if (cp == 0x295) return false; // Ll, but not in Unicode's Lowercase property
        if (cp is 0xAA or 0xBA or (>= 0x1F130 and <= 0x1F149) or (>= 0x1F150 and <= 0x1F169) or (>= 0x1F170 and <= 0x1F189))
            return true;
        if (CharUnicodeInfo.GetUnicodeCategory(cp) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter)
            return true;
        var rune = new Rune(cp);
        return Rune.ToLowerInvariant(rune) != rune || Rune.ToUpperInvariant(rune) != rune;
    }
}
