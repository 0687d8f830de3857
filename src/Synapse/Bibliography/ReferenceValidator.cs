using Synapse.Diagnostics;

namespace Synapse.Bibliography;

/// <summary>Checks one reference: type, required fields, DOI, PMID, URL and plausible years.</summary>
internal static class ReferenceValidator
{
    public static void Check(Reference reference, int currentYear, DiagnosticBag bag)
    {
        var label = $"Reference '{reference.Id}'";
        if (reference.Type.Length == 0)
        {
            bag.Error(BibliographyRules.MissingField, reference.Location, $"{label} has no type.",
                "Add type: article-journal, book, chapter, report, webpage or regulatory.");
            return;
        }
        if (!ReferenceKinds.IsKnown(reference.Type))
        {
            bag.Warning(BibliographyRules.UnknownType, reference.LocationOf("type"),
                $"{label} has type '{reference.Type}', which is not a CSL type; it is formatted as a generic document.",
                "Use a CSL type such as article-journal, book, chapter, report or webpage (or regulatory for a regulator's document).");
        }
        foreach (var requirement in RequiredFields.For(reference.Kind))
        {
            if (requirement.Fields.Any(f => RequiredFields.IsPresent(reference, f))) continue;
            bag.Error(BibliographyRules.MissingField, reference.Location,
                $"{label} ({reference.Type}) is missing '{requirement.Name}'.", $"Add {requirement.Hint}.");
        }
        CheckIdentifiers(reference, label, bag);
        CheckYear(reference, "issued", reference.Issued, currentYear, label, bag);
        CheckYear(reference, "accessed", reference.Accessed, currentYear, label, bag);
    }

    private static void CheckIdentifiers(Reference reference, string label, DiagnosticBag bag)
    {
        if (reference.Doi is { } doi && !Identifiers.IsValidDoi(doi))
        {
            bag.Error(BibliographyRules.BadDoi, reference.LocationOf("doi"), $"{label} has DOI '{doi}', which is not a DOI.",
                "A DOI looks like 10.1001/jamapsychiatry.2020.1234: '10.', 4 to 9 digits, '/', then the suffix.");
        }
        if (reference.Pmid is { } pmid && !Identifiers.IsValidPmid(pmid))
        {
            bag.Error(BibliographyRules.BadPmid, reference.LocationOf("pmid"), $"{label} has PMID '{pmid}', which is not a PubMed id.",
                "A PMID is digits only, e.g. PMID: 31234567 (find it on pubmed.ncbi.nlm.nih.gov).");
        }
        if (reference.Url is { } url && !Identifiers.IsHttpUrl(url))
        {
            bag.Error(BibliographyRules.BadUrl, reference.LocationOf("url"), $"{label} has URL '{url}', which is not an http or https address.",
                "Write the full address, starting with https://.");
        }
    }

    private static void CheckYear(Reference reference, string field, CslDate? date, int currentYear, string label, DiagnosticBag bag)
    {
        if (date is null || (date.Year >= 1600 && date.Year <= currentYear + 1)) return;
        bag.Error(BibliographyRules.BadYear, reference.LocationOf(field),
            $"{label} has {field} year {date.Year}, which is impossible (expected 1600 to {currentYear + 1}).",
            "Check the year for a typo; date-parts are [[year, month, day]].");
    }
}
