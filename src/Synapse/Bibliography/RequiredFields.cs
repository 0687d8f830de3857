namespace Synapse.Bibliography;

/// <summary>Which CSL fields each kind of reference needs to be formatted and found again by a reader.</summary>
internal static class RequiredFields
{
    /// <summary>A requirement: one of <paramref name="Fields"/> must be present ("author" or "editor" for a book).</summary>
    internal sealed record Requirement(string[] Fields, string Hint)
    {
        public string Name => string.Join(" or ", Fields);
    }

    private static readonly Requirement Title = new(["title"], "title: the exact title as published");
    private static readonly Requirement Author = new(["author"], "author: [{family: Smith, given: Jane}] (or {literal: Organisation name})");
    private static readonly Requirement Journal = new(["container-title"], "container-title: the journal's full name (container-title-short for its NLM abbreviation)");
    private static readonly Requirement BookTitle = new(["container-title"], "container-title: the title of the book the chapter is in");
    private static readonly Requirement Issued = new(["issued"], "issued: {date-parts: [[2020]]}");
    private static readonly Requirement Publisher = new(["publisher"], "publisher: the publisher's or organisation's name");
    private static readonly Requirement Regulator = new(["publisher"], "publisher: the regulator, e.g. U.S. Food and Drug Administration");
    private static readonly Requirement Url = new(["URL"], "URL: https://… (the page's address)");
    private static readonly Requirement Accessed = new(["accessed"], "accessed: {date-parts: [[2024, 1, 31]]} (the day you read the page)");
    private static readonly Requirement AuthorOrEditor = new(["author", "editor"], "author: [{family: Smith, given: Jane}] or editor: [...]");

    public static IReadOnlyList<Requirement> For(ReferenceKind kind) => kind switch
    {
        ReferenceKind.ArticleJournal => [Title, Author, Journal, Issued],
        ReferenceKind.Book => [Title, AuthorOrEditor, Publisher, Issued],
        ReferenceKind.Chapter => [Title, Author, BookTitle, Publisher, Issued],
        ReferenceKind.Report => [Title, Publisher, Issued],
        ReferenceKind.WebPage => [Title, Url, Accessed],
        ReferenceKind.Regulatory => [Title, Regulator, Issued],
        _ => [Title],
    };

    /// <summary>True when the field has a value; a date that is written but unreadable counts (it has its own error).</summary>
    public static bool IsPresent(Reference reference, string field) => field switch
    {
        "title" => reference.Title is not null,
        "author" => reference.Authors.Count > 0,
        "editor" => reference.Editors.Count > 0,
        "container-title" => reference.ContainerTitle is not null,
        "issued" => reference.Issued is not null || reference.FieldLocations.ContainsKey("issued"),
        "publisher" => reference.Publisher is not null,
        "URL" => reference.Url is not null,
        "accessed" => reference.Accessed is not null || reference.FieldLocations.ContainsKey("accessed"),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Unknown required field."),
    };
}
