namespace Synapse.Bibliography;

/// <summary>Stable rule ids for bibliography diagnostics (shown to editors and used to filter output).</summary>
internal static class BibliographyRules
{
    public const string Yaml = "bib/yaml";
    public const string Json = "bib/json";
    public const string Io = "bib/io";
    public const string Structure = "bib/structure";
    public const string DuplicateId = "bib/duplicate-id";
    public const string DuplicateField = "bib/duplicate-field";
    public const string MissingField = "bib/missing-field";
    public const string BadField = "bib/bad-field";
    public const string UnknownType = "bib/unknown-type";
    public const string BadDoi = "bib/bad-doi";
    public const string BadPmid = "bib/bad-pmid";
    public const string BadYear = "bib/bad-year";
    public const string BadDate = "bib/bad-date";
    public const string BadUrl = "bib/bad-url";
    public const string Unused = "bib/unused";
}
