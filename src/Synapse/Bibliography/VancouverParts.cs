using System.Globalization;

namespace Synapse.Bibliography;

/// <summary>The pieces NLM entries are built from; each adds one sentence (or nothing when its fields are empty).</summary>
internal sealed class VancouverParts(Reference reference)
{
    public FormattedText Text { get; } = new();

    public VancouverParts Sentence(string? sentence)
    {
        if (string.IsNullOrWhiteSpace(sentence)) return this;
        Text.Text(Text.IsEmpty ? "" : " ").Sentence(sentence.Trim());
        return this;
    }

    /// <summary>Authors; else editors ("…, editors") when allowed; else the publisher as organisation author when allowed.</summary>
    public VancouverParts Authors(bool editorsAsAuthors = false, bool publisherAsAuthor = false)
    {
        if (reference.Authors.Count > 0) return Sentence(NlmNames.List(reference.Authors));
        if (editorsAsAuthors && reference.Editors.Count > 0) return Sentence(NlmNames.Editors(reference.Editors));
        return publisherAsAuthor ? Sentence(reference.Publisher) : this;
    }

    /// <summary>"Title [Internet]" or "Title [Genre]"; NLM keeps the title as published.</summary>
    public VancouverParts Title(string? medium = null)
    {
        if (reference.Title is null) return this;
        return Sentence(medium is null ? reference.Title : $"{reference.Title} [{medium}]");
    }

    public VancouverParts Edition()
    {
        var edition = reference.Edition;
        if (edition is null) return this;
        if (int.TryParse(edition, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            return number <= 1 ? this : Sentence($"{Ordinal(number)} ed");
        return Sentence(edition.Contains("ed", StringComparison.OrdinalIgnoreCase) ? edition : $"{edition} ed");
    }

    /// <summary>"Place: Publisher; 2020 [cited 2024 Jan 5]." with whichever parts exist.</summary>
    public VancouverParts Publication(string? publisher, CslDate? date, bool fullDate, bool cited)
    {
        var where = (reference.PublisherPlace, publisher) switch
        {
            ({ } place, { } name) => $"{place}: {name}",
            (var place, var name) => name ?? place ?? "",
        };
        var when = date is null ? "" : fullDate ? date.ToNlm() : date.Year.ToString(CultureInfo.InvariantCulture);
        if (cited && reference.Accessed is { } accessed && reference.Url is not null)
            when = $"{when} [cited {accessed.ToNlm()}]".Trim();
        return Sentence(where.Length > 0 && when.Length > 0 ? $"{where}; {when}" : where + when);
    }

    /// <summary>"Available from: URL" (only http/https become links; NLM puts no period after a URL).</summary>
    public VancouverParts AvailableFrom()
    {
        if (reference.Url is not { } url) return this;
        Text.Text(Text.IsEmpty ? "Available from: " : " Available from: ").Link(url, url);
        return this;
    }

    /// <summary>"doi: 10.x/y." linked to https://doi.org/ and "PMID: 123." linked to PubMed.</summary>
    public VancouverParts IdentifierLinks()
    {
        if (reference.Doi is { } doi)
        {
            Text.Text(" doi: ");
            if (Identifiers.IsValidDoi(doi)) Text.Link(doi, Identifiers.DoiUrl(doi));
            else Text.Text(doi);
            Text.Text(".");
        }
        if (reference.Pmid is { } pmid)
        {
            Text.Text(" PMID: ");
            if (Identifiers.IsValidPmid(pmid)) Text.Link(pmid, Identifiers.PubMedUrl(pmid));
            else Text.Text(pmid);
            Text.Text(".");
        }
        return this;
    }

    public static string Pages(string page) => page.Replace('\u2013', '-').Replace('\u2014', '-').Replace(" ", "");

    private static string Ordinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }
}
