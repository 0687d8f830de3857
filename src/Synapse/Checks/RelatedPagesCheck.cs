using Synapse.Diagnostics;

namespace Synapse.Checks;

/// <summary>Every slug in a page's related: list names a page.</summary>
internal sealed class RelatedPagesCheck : ICheck
{
    public static readonly Rule UnknownRelated = new("front-matter/unknown-related", Severity.Error,
        "A related: entry is not the slug of any page.", "Use the file name (without .md) of another article, e.g. related: [dopamine, antidepressants].", "front matter 'related'");

    public IReadOnlyList<Rule> Rules => [UnknownRelated];

    public void Run(CheckContext context)
    {
        foreach (var rendered in context.Site.Pages)
        {
            var page = rendered.Page;
            foreach (var related in page.Meta.Related.Where(r => !context.Xrefs.ContainsKey(r)))
                context.Report(UnknownRelated, page.Meta.LocationOf("related", page.Source.File.Path), $"related: '{related}' is not the slug of any page.");
        }
    }
}
