using Synapse.Diagnostics;

namespace Synapse.Checks.Editorial;

/// <summary>No two pages share a title: search results, tabs and bookmarks would not tell them apart.</summary>
internal sealed class DuplicateTitleCheck : ICheck
{
    public static readonly Rule Duplicate = new("content/duplicate-title", Severity.Warning,
        "Two pages have the same title, so search results, browser tabs and bookmarks cannot tell them apart.",
        "Make each title say what is particular to its page.", "content pages");

    public IReadOnlyList<Rule> Rules => [Duplicate];

    public void Run(CheckContext context)
    {
        foreach (var group in context.Site.Pages.GroupBy(p => p.Page.Meta.Title.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Key.Length > 0 && g.Count() > 1))
        {
            var pages = group.OrderBy(p => p.Page.Source.File.Path, StringComparer.Ordinal).ToList();
            foreach (var page in pages.Skip(1))
                context.Report(Duplicate, page.Page.Meta.LocationOf("title", page.Page.Source.File.Path),
                    $"The title \"{group.Key}\" is also the title of {pages[0].Page.Source.File.Path}.");
        }
    }
}
