using Synapse.Site;
using Synapse.Bibliography;
using Synapse.Diagnostics;

namespace Synapse.Markdown.Citations;

/// <summary>Citation checks: per article (unknown keys, malformed citations, too few sources) and site-wide (unused references).</summary>
internal static class CitationChecks
{
    public const int DefaultMinimumReferences = 3;

    public static void CheckArticle(SourceMap map, ArticleCitations cites, SiteBibliography bibliography,
        int minimumReferences, DiagnosticBag bag)
    {
        foreach (var problem in cites.Problems)
            bag.Error(CitationRules.Malformed, map.Locate(problem.Line, problem.Column), problem.Message, problem.Hint);

        foreach (var occurrence in cites.Occurrences.Where(o => !bibliography.Contains(o.Key)))
        {
            var suggestion = bibliography.Suggest(occurrence.Key);
            bag.Error(CitationRules.UnknownKey, map.Locate(occurrence.Line, occurrence.Column),
                $"Citation key '@{occurrence.Key}' is not in the bibliography.",
                suggestion is not null
                    ? $"Did you mean '@{suggestion}'? Otherwise add a reference with id: {occurrence.Key} to input/_data/references.yaml or a file in input/_data/references/."
                    : $"Add a reference with id: {occurrence.Key} to input/_data/references.yaml or a file in input/_data/references/ (a Zotero CSL export works), or fix the key. If this is not a citation, escape the at sign: \\@.");
        }

        foreach (var (line, column) in cites.ReferencesMarkers.Skip(1))
        {
            bag.Warning(CitationRules.DuplicateMarker, map.Locate(line, column),
                "The article has more than one <!-- references --> line; the References section goes at the first.",
                "Delete the extra <!-- references --> lines.");
        }

        if (cites.Keys.Count > 0)
        {
            foreach (var (line, column) in cites.ReferencesHeadings)
            {
                bag.Warning(CitationRules.ReferencesHeading, map.Locate(line, column),
                    "This heading duplicates the generated References section, which brings its own heading (id \"references\").",
                    "Delete the heading; to place the References section here, write a line <!-- references --> instead.");
            }
        }

        var distinct = cites.AllCitedKeys.Count(bibliography.Contains);
        if (minimumReferences > 0 && distinct < minimumReferences)
        {
            bag.Warning(CitationRules.TooFew, SourceLocation.FileOnly(map.File),
                $"This article cites {distinct} distinct reference{(distinct == 1 ? "" : "s")}; articles should cite at least {minimumReferences}.",
                "Cite a source for each claim a reader may want to check, e.g. ... improves symptoms [@smith2020].");
        }
    }

    public static void CheckArticle(SourceMap map, ArticleCitations cites, SiteBibliography bibliography, DiagnosticBag bag) =>
        CheckArticle(map, cites, bibliography, DefaultMinimumReferences, bag);

    /// <summary>Warns about each reference that no article cites, at the reference's id.</summary>
    public static void CheckUnused(SiteBibliography bibliography, IEnumerable<string> citedKeys, DiagnosticBag bag)
    {
        var cited = new HashSet<string>(citedKeys, StringComparer.Ordinal);
        foreach (var reference in bibliography.References.Where(r => !cited.Contains(r.Id)))
        {
            bag.Warning(BibliographyRules.Unused, reference.Location,
                $"Reference '{reference.Id}' is not cited by any article.",
                $"Cite it as [@{reference.Id}] where it supports a claim, or remove it from the bibliography.");
        }
    }
}
