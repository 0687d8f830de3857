using System.Text;
using System.Text.RegularExpressions;

namespace Synapse.Bibliography;

/// <summary>DOI, PMID and URL rules: normalising, checking, and the links they become.</summary>
internal static partial class Identifiers
{
    private static readonly string[] DoiPrefixes =
        ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"];

    /// <summary>The bare DOI: "https://doi.org/10.1/x" and "doi:10.1/x" both become "10.1/x".</summary>
    public static string NormalizeDoi(string doi)
    {
        var text = doi.Trim();
        foreach (var prefix in DoiPrefixes)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return text[prefix.Length..].Trim();
        }
        return text;
    }

    /// <summary>"10." then a registrant code of 4 to 9 digits (optionally with sub-codes), "/" and a suffix.</summary>
    public static bool IsValidDoi(string doi) => DoiPattern().IsMatch(doi);

    public static bool IsValidPmid(string pmid) => PmidPattern().IsMatch(pmid);

    /// <summary>Only absolute http and https URLs ever become links.</summary>
    public static bool IsHttpUrl(string? url) =>
        url is not null
        && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    public static string DoiUrl(string doi) => "https://doi.org/" + EscapeDoi(doi);

    public static string PubMedUrl(string pmid) => $"https://pubmed.ncbi.nlm.nih.gov/{pmid}/";

    private static string EscapeDoi(string doi)
    {
        var builder = new StringBuilder(doi.Length);
        foreach (var c in doi)
        {
            if (char.IsAsciiLetterOrDigit(c) || "-._~/:;()[]@!$*+,=".Contains(c)) builder.Append(c);
            else foreach (var b in Encoding.UTF8.GetBytes(c.ToString())) builder.Append('%').Append(b.ToString("X2"));
        }
        return builder.ToString();
    }

    [GeneratedRegex(@"^10\.[0-9]{4,9}(\.[0-9]+)*/\S+$")]
    private static partial Regex DoiPattern();

    [GeneratedRegex(@"^[0-9]{1,9}$")]
    private static partial Regex PmidPattern();
}
