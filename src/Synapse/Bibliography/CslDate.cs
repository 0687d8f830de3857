using System.Globalization;

namespace Synapse.Bibliography;

/// <summary>A CSL date with year, and optionally month and day (e.g. from issued.date-parts or "2020-03-15").</summary>
internal sealed record CslDate(int Year, int? Month = null, int? Day = null)
{
    private static readonly string[] MonthAbbreviations =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>NLM form: "2020", "2020 Mar" or "2020 Mar 5".</summary>
    public string ToNlm()
    {
        if (Month is not { } m || m < 1 || m > 12) return Year.ToString(CultureInfo.InvariantCulture);
        var text = $"{Year.ToString(CultureInfo.InvariantCulture)} {MonthAbbreviations[m - 1]}";
        return Day is { } d ? $"{text} {d.ToString(CultureInfo.InvariantCulture)}" : text;
    }

    /// <summary>ISO 8601 form with the precision that is known: "2020", "2020-03" or "2020-03-05".</summary>
    public string ToIso()
    {
        var year = Year.ToString("0000", CultureInfo.InvariantCulture);
        if (Month is not { } m) return year;
        var month = $"{year}-{m.ToString("00", CultureInfo.InvariantCulture)}";
        return Day is { } d ? $"{month}-{d.ToString("00", CultureInfo.InvariantCulture)}" : month;
    }

    /// <summary>Parses "2020", "2020-03" or "2020-03-15" (EDTF subset that Pandoc and Zotero write).</summary>
    public static bool TryParse(string text, out CslDate? date)
    {
        date = null;
        var parts = text.Trim().Split('-');
        if (parts.Length > 3 || parts.Any(p => p.Length == 0 || !p.All(char.IsAsciiDigit))) return false;
        var numbers = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return TryCreate(numbers, out date);
    }

    /// <summary>Builds a date from CSL date-parts ([year, month?, day?]).</summary>
    public static bool TryCreate(IReadOnlyList<int> parts, out CslDate? date)
    {
        date = parts.Count switch
        {
            1 => new CslDate(parts[0]),
            2 => new CslDate(parts[0], parts[1]),
            3 => new CslDate(parts[0], parts[1], parts[2]),
            _ => null,
        };
        return date is not null;
    }

    /// <summary>True when the month and day (if given) exist in that year.</summary>
    public bool HasValidMonthAndDay =>
        Month is null
        || (Month is >= 1 and <= 12
            && (Day is null || (Year is >= 1 and <= 9999 && Day >= 1 && Day <= DateTime.DaysInMonth(Year, Month.Value))));
}
