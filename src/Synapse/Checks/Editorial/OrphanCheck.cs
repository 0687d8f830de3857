using Synapse.Diagnostics;

namespace Synapse.Checks.Editorial;

/// <summary>Every article is linked from at least one other page's text or `related` list, not only from indexes.</summary>
internal sealed class OrphanCheck : ICheck
{
    public static readonly Rule Orphan = new("content/orphan", Severity.Warning,
        "No other page links to this article (in its text or its related list), so readers only find it through indexes and search.",
        "Link it from the pages on neighbouring topics, or add it to their 'related' lists.", "articles");

    public IReadOnlyList<Rule> Rules => [Orphan];

    public void Run(CheckContext context)
    {
        var linked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in context.Site.Pages)
        {
            foreach (var link in page.Content.Links)
                if (link.TargetPath != page.Page.Url) linked.Add(link.TargetPath);
            foreach (var id in page.Page.Meta.Related)
                if (context.Site.ById(id) is { } target && target != page) linked.Add(target.Page.Url);
        }
        foreach (var article in context.Site.Articles)
            if (!linked.Contains(article.Page.Url))
                context.Report(Orphan, new SourceLocation(article.Page.Source.File.Path, 1, 1), $"No other page links to {article.Page.Url}.");
    }
}
