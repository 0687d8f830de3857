using System.Globalization;

namespace Synapse.Bibliography;

/// <summary>
/// Formats references in Vancouver (NLM "Citing Medicine") style. Every field is escaped when written as HTML;
/// only http/https URLs, DOIs (https://doi.org/) and PMIDs (PubMed) become links.
/// </summary>
internal static class VancouverFormatter
{
    public static FormattedText Format(Reference r) => r.Kind switch
    {
        ReferenceKind.ArticleJournal => JournalArticle(r),
        ReferenceKind.Book => Book(r),
        ReferenceKind.Chapter => Chapter(r),
        ReferenceKind.Report => Report(r),
        ReferenceKind.WebPage => WebPage(r),
        ReferenceKind.Regulatory => Regulatory(r),
        _ => Other(r),
    };

    public static string ToHtml(Reference r) => Format(r).ToHtml();

    public static string ToPlainText(Reference r) => Format(r).ToPlainText();

    /// <summary>Authors. Title. Journal. Year;Volume(Issue):Pages. doi: … PMID: ….</summary>
    private static FormattedText JournalArticle(Reference r)
    {
        var parts = new VancouverParts(r).Authors().Title().Sentence(r.JournalName);
        var source = r.Issued?.Year.ToString(CultureInfo.InvariantCulture) ?? "";
        if (r.Volume is not null) source += $";{r.Volume}";
        if (r.Issue is not null) source += $"({r.Issue})";
        if (r.Page is not null) source += (source.Length > 0 ? ":" : "") + VancouverParts.Pages(r.Page);
        parts.Sentence(source.TrimStart(';'));
        if (r.Doi is null) parts.AvailableFrom();
        return parts.IdentifierLinks().Text;
    }

    /// <summary>Authors (or Editors, editors). Title. Edition. Place: Publisher; Year.</summary>
    private static FormattedText Book(Reference r)
    {
        var parts = new VancouverParts(r).Authors(editorsAsAuthors: true).Title().Edition()
            .Publication(r.Publisher, r.Issued, fullDate: false, cited: false);
        if (r.Doi is null) parts.AvailableFrom();
        return parts.IdentifierLinks().Text;
    }

    /// <summary>Authors. Title. In: Editors, editors. Book. Edition. Place: Publisher; Year. p. Pages.</summary>
    private static FormattedText Chapter(Reference r)
    {
        var parts = new VancouverParts(r).Authors().Title();
        var book = r.ContainerTitle ?? "";
        parts.Sentence(r.Editors.Count > 0
            ? $"In: {NlmNames.Editors(r.Editors)}. {book}"
            : $"In: {book}");
        parts.Edition().Publication(r.Publisher, r.Issued, fullDate: false, cited: false);
        if (r.Page is not null) parts.Sentence($"p. {VancouverParts.Pages(r.Page)}");
        if (r.Doi is null) parts.AvailableFrom();
        return parts.IdentifierLinks().Text;
    }

    /// <summary>Author or Organisation. Title [Internet]. Place: Publisher; Date [cited …]. Report No.: N. Available from: URL</summary>
    private static FormattedText Report(Reference r)
    {
        var parts = new VancouverParts(r).Authors(publisherAsAuthor: true)
            .Title(r.Url is null ? null : "Internet")
            .Publication(r.Publisher, r.Issued, fullDate: true, cited: true);
        if (r.Number is not null) parts.Sentence($"Report No.: {r.Number}");
        return parts.AvailableFrom().IdentifierLinks().Text;
    }

    /// <summary>Authors. Title [Internet]. Place: Publisher (or site); Date [cited YYYY Mon DD]. Available from: URL</summary>
    private static FormattedText WebPage(Reference r) =>
        new VancouverParts(r).Authors().Title("Internet")
            .Publication(r.Publisher ?? r.ContainerTitle, r.Issued, fullDate: true, cited: true)
            .AvailableFrom().IdentifierLinks().Text;

    /// <summary>Regulator. Title [Genre]. Place: Regulator; Date [cited …]. Number. Available from: URL</summary>
    private static FormattedText Regulatory(Reference r)
    {
        var parts = new VancouverParts(r).Authors(publisherAsAuthor: true).Title(r.Genre)
            .Publication(r.Publisher, r.Issued, fullDate: true, cited: true)
            .Sentence(r.Number);
        return parts.AvailableFrom().IdentifierLinks().Text;
    }

    /// <summary>Authors. Title. Container. Place: Publisher; Date. Available from: URL doi: ….</summary>
    private static FormattedText Other(Reference r)
    {
        var parts = new VancouverParts(r).Authors(editorsAsAuthors: true).Title().Sentence(r.ContainerTitle)
            .Publication(r.Publisher, r.Issued, fullDate: true, cited: true);
        if (r.Doi is null) parts.AvailableFrom();
        return parts.IdentifierLinks().Text;
    }
}
