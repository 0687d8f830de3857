using Synapse.Bibliography;
using Synapse.Diagnostics;
using Synapse.Markdown.Citations;

namespace Synapse.Checks;

/// <summary>Every article's citations resolve and meet the minimum; every reference is cited somewhere.</summary>
internal sealed class CitationCheck : ICheck
{
    private const string Articles = "citations in Markdown bodies";

    public IReadOnlyList<Rule> Rules { get; } =
    [
        new(CitationRules.UnknownKey, Severity.Error, "A citation names a key that is not in the bibliography.", "Add the reference to the bibliography or fix the key.", Articles),
        new(CitationRules.Malformed, Severity.Error, "A citation cannot be read.", "Write citations as [@key], [@key, p. 12] or [@a; @b].", Articles),
        new(CitationRules.TooFew, Severity.Warning, "An article cites fewer distinct references than the minimum (minReferences).", "Cite a source for each claim a reader may want to check.", "articles"),
        new(CitationRules.DuplicateMarker, Severity.Warning, "An article has more than one <!-- references --> marker.", "Keep one marker where the reference list goes.", Articles),
        new(CitationRules.ReferencesHeading, Severity.Warning, "An article has its own 'References' heading; the list brings its own.", "Remove the heading, or put <!-- references --> where the list goes.", Articles),
        new(BibliographyRules.Unused, Severity.Warning, "A reference in the bibliography is cited by no page.", "Cite it or remove it from the bibliography.", "input/_data/bibliography.yaml (or .json)"),
    ];

    public void Run(CheckContext context)
    {
        var site = context.Site;
        foreach (var page in site.Pages)
        {
            var minimum = page.Page.IsArticle ? site.Settings.MinReferences : 0;
            CitationChecks.CheckArticle(page.Page.Source.Map, page.Content.Citations, site.Bibliography, minimum, context.Diagnostics);
        }
        CitationChecks.CheckUnused(site.Bibliography, site.Pages.SelectMany(p => p.Content.Citations.Keys), context.Diagnostics);
    }
}
