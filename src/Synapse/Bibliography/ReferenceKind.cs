namespace Synapse.Bibliography;

/// <summary>
/// The formatting families we distinguish, derived from the CSL <c>type</c>.
/// <para>
/// A regulator's document (a drug label, an approval letter, a safety communication, a guidance) is
/// written as our custom type <c>type: regulatory</c> (CSL <c>legislation</c> is accepted as an alias,
/// which is what Zotero's "Statute" exports). Put the regulator in <c>publisher</c> (it is also used as
/// the author when no author is given), the kind of document in <c>genre</c> (e.g. "Prescribing
/// information", "Approval letter"), the application or docket number in <c>number</c>, and the
/// decision date in <c>issued</c>. Regulatory references need <c>title</c>, <c>publisher</c> and
/// <c>issued</c>. A document exported from Zotero as a plain <c>report</c> is formatted as a report.
/// </para>
/// </summary>
internal enum ReferenceKind
{
    ArticleJournal,
    Book,
    Chapter,
    Report,
    WebPage,
    Regulatory,

    /// <summary>Any other CSL type: formatted generically (authors, title, container, publisher, date, links).</summary>
    Other,
}

internal static class ReferenceKinds
{
    /// <summary>Our non-CSL type for regulators' documents; see <see cref="ReferenceKind"/>.</summary>
    public const string RegulatoryType = "regulatory";

    private static readonly HashSet<string> CslTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book", "broadcast",
        "chapter", "classic", "collection", "dataset", "document", "entry", "entry-dictionary",
        "entry-encyclopedia", "event", "figure", "graphic", "hearing", "interview", "legal_case",
        "legislation", "manuscript", "map", "motion_picture", "musical_score", "pamphlet",
        "paper-conference", "patent", "performance", "periodical", "personal_communication", "post",
        "post-weblog", "regulation", "report", "review", "review-book", "software", "song", "speech",
        "standard", "thesis", "treaty", "webpage",
    };

    public static ReferenceKind FromCslType(string type) => type.Trim().ToLowerInvariant() switch
    {
        "article-journal" => ReferenceKind.ArticleJournal,
        "book" => ReferenceKind.Book,
        "chapter" => ReferenceKind.Chapter,
        "report" => ReferenceKind.Report,
        "webpage" => ReferenceKind.WebPage,
        RegulatoryType or "legislation" => ReferenceKind.Regulatory,
        _ => ReferenceKind.Other,
    };

    /// <summary>True for types in the CSL 1.0.2 vocabulary and our own <c>regulatory</c>.</summary>
    public static bool IsKnown(string type) =>
        CslTypes.Contains(type.Trim()) || string.Equals(type.Trim(), RegulatoryType, StringComparison.OrdinalIgnoreCase);
}
