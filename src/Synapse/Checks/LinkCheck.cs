using System.Text.RegularExpressions;
using Synapse.Diagnostics;
using Synapse.Output;
using Synapse.Site;

namespace Synapse.Checks;

/// <summary>Whole-site check: every internal link points to a page or file that will exist, and every #fragment to an id on it.</summary>
internal sealed partial class LinkCheck : ICheck
{
    public static readonly Rule MissingPage = new("link/missing-page", Severity.Error,
        "An internal link points to a page or file that the build does not produce.", "Link to an existing page with xref:<slug> (e.g. [dopamine](xref:dopamine)) or fix the path.", "Markdown links");
    public static readonly Rule MissingFragment = new("link/missing-fragment", Severity.Error,
        "A link's #fragment names no element id on the target page.", "Heading ids are the heading text in lower case with hyphens.", "Markdown links");

    public IReadOnlyList<Rule> Rules => [MissingPage, MissingFragment];

    public void Run(CheckContext context) =>
        Run(context.Site.Pages.SelectMany(r => r.Content.Links).ToList(), context.Files.Select(f => f.Page).OfType<PageOutput>().ToList(),
            context.Files.Select(f => f.Path), context.Diagnostics);

    public static void Run(IReadOnlyList<LinkRef> links, IReadOnlyList<PageOutput> pages, IEnumerable<string> files, DiagnosticBag bag)
    {
        var idsByUrl = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var page in pages) idsByUrl[page.Url] = Ids(page.Html);
        var fileSet = new HashSet<string>(files, StringComparer.Ordinal);
        foreach (var link in links)
        {
            var target = link.TargetPath;
            if (idsByUrl.TryGetValue(target, out var ids))
            {
                if (link.Fragment is { Length: > 0 } fragment && !ids.Contains(fragment))
                    bag.Add(new Diagnostic(MissingFragment.Id, MissingFragment.DefaultSeverity, link.At, $"'{link.Original}': the page /{target} has no element with id '{fragment}'.",
                        Suggest(fragment, ids) is { } near ? $"Did you mean #{near}? Heading ids are the heading text in lower case with hyphens." : "Heading ids are the heading text in lower case with hyphens."));
                continue;
            }
            if (fileSet.Contains(target)) continue;
            if (!target.EndsWith('/') && idsByUrl.ContainsKey(target + "/")) continue;
            bag.Add(new Diagnostic(MissingPage.Id, MissingPage.DefaultSeverity, link.At, $"'{link.Original}' points to /{target}, which does not exist.", MissingPage.Hint));
        }
    }

    internal static HashSet<string> Ids(string html)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in IdPattern().Matches(html)) set.Add(System.Net.WebUtility.HtmlDecode(m.Groups[1].Value));
        return set;
    }

    private static string? Suggest(string fragment, IEnumerable<string> ids) =>
        ids.Where(id => id.Contains(fragment, StringComparison.OrdinalIgnoreCase) || fragment.Contains(id, StringComparison.OrdinalIgnoreCase))
           .OrderBy(id => Math.Abs(id.Length - fragment.Length)).FirstOrDefault();

    [GeneratedRegex("\\sid=\"([^\"]+)\"")]
    private static partial Regex IdPattern();
}
