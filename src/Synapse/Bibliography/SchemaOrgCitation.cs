namespace Synapse.Bibliography;

/// <summary>
/// A reference as a schema.org object (ScholarlyArticle, Book, Chapter, Report, WebPage or CreativeWork) made of
/// dictionaries and lists, ready for System.Text.Json. Absent fields are left out rather than written as null.
/// </summary>
internal static class SchemaOrgCitation
{
    public static Dictionary<string, object?> For(Reference r)
    {
        var item = new Dictionary<string, object?> { ["@type"] = TypeOf(r.Kind) };
        Add(item, "name", r.Title);
        var authors = r.Authors.Count > 0 ? r.Authors : r.Kind is ReferenceKind.Book ? r.Editors : [];
        if (authors.Count > 0) item["author"] = authors.Select(Person).ToList();
        else if (r.Kind is ReferenceKind.Report or ReferenceKind.Regulatory && r.Publisher is not null) item["author"] = Organization(r.Publisher);
        Add(item, "datePublished", r.Issued?.ToIso());
        if (IsPartOf(r) is { } container) item["isPartOf"] = container;
        if (r.Page is not null && r.Kind is ReferenceKind.ArticleJournal or ReferenceKind.Chapter) item["pagination"] = r.Page;
        if (r.Publisher is not null && r.Kind is not ReferenceKind.ArticleJournal) item["publisher"] = Organization(r.Publisher);
        Add(item, "genre", r.Genre);
        AddIdentifiers(item, r);
        if (Identifiers.IsHttpUrl(r.Url)) item["url"] = r.Url!.Trim();
        return item;
    }

    private static string TypeOf(ReferenceKind kind) => kind switch
    {
        ReferenceKind.ArticleJournal => "ScholarlyArticle",
        ReferenceKind.Book => "Book",
        ReferenceKind.Chapter => "Chapter",
        ReferenceKind.Report => "Report",
        ReferenceKind.WebPage => "WebPage",
        _ => "CreativeWork",
    };

    private static Dictionary<string, object?>? IsPartOf(Reference r)
    {
        switch (r.Kind)
        {
            case ReferenceKind.ArticleJournal when r.ContainerTitle is not null || r.ContainerTitleShort is not null:
                var periodical = new Dictionary<string, object?> { ["@type"] = "Periodical", ["name"] = r.ContainerTitle ?? r.ContainerTitleShort };
                if (r.ContainerTitleShort is not null && r.ContainerTitle is not null) periodical["alternateName"] = r.ContainerTitleShort;
                Add(periodical, "volumeNumber", r.Volume);
                Add(periodical, "issueNumber", r.Issue);
                return periodical;
            case ReferenceKind.Chapter when r.ContainerTitle is not null:
                var book = new Dictionary<string, object?> { ["@type"] = "Book", ["name"] = r.ContainerTitle };
                if (r.Editors.Count > 0) book["editor"] = r.Editors.Select(Person).ToList();
                return book;
            case ReferenceKind.WebPage or ReferenceKind.Other when r.ContainerTitle is not null:
                return new Dictionary<string, object?> { ["@type"] = r.Kind is ReferenceKind.WebPage ? "WebSite" : "CreativeWork", ["name"] = r.ContainerTitle };
            default:
                return null;
        }
    }

    private static void AddIdentifiers(Dictionary<string, object?> item, Reference r)
    {
        var ids = new List<object>();
        var validDoi = r.Doi is not null && Identifiers.IsValidDoi(r.Doi);
        var validPmid = r.Pmid is not null && Identifiers.IsValidPmid(r.Pmid);
        if (validDoi) ids.Add(PropertyValue("DOI", r.Doi!));
        if (validPmid) ids.Add(PropertyValue("PMID", r.Pmid!));
        if (ids.Count > 0) item["identifier"] = ids;
        if (validDoi) item["sameAs"] = Identifiers.DoiUrl(r.Doi!);
        else if (validPmid) item["sameAs"] = Identifiers.PubMedUrl(r.Pmid!);
    }

    private static Dictionary<string, object?> Person(PersonName name)
    {
        if (name.IsLiteral) return Organization(name.Literal!.Trim());
        var person = new Dictionary<string, object?> { ["@type"] = "Person", ["name"] = name.DisplayText };
        Add(person, "familyName", string.Join(' ', new[] { name.NonDroppingParticle, name.Family }.Where(s => s is not null)));
        Add(person, "givenName", name.Given);
        return person;
    }

    private static Dictionary<string, object?> Organization(string name) => new() { ["@type"] = "Organization", ["name"] = name };

    private static Dictionary<string, object?> PropertyValue(string id, string value) =>
        new() { ["@type"] = "PropertyValue", ["propertyID"] = id, ["value"] = value };

    private static void Add(Dictionary<string, object?> item, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) item[name] = value;
    }
}
