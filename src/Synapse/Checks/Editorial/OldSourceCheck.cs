using Synapse.Diagnostics;

namespace Synapse.Checks.Editorial;

/// <summary>On treatment pages, a cited source more than 10 years old is worth a look for newer evidence.</summary>
internal sealed class OldSourceCheck : ICheck
{
    public const int MaxAgeYears = 10;

    public static readonly Rule Old = new("citation/old-source", Severity.Info,
        $"A treatment page cites a source published more than {MaxAgeYears} years ago; newer evidence may exist.",
        "Look for a newer systematic review or guideline; keep the old source if it is still the best (a landmark trial, a current guideline).", "treatment articles");

    public IReadOnlyList<Rule> Rules => [Old];

    public void Run(CheckContext context)
    {
        var cutoff = context.Site.Today.Year - MaxAgeYears;
        foreach (var page in context.Site.Articles.Where(p => p.Page.Section == "treatments"))
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var cite in page.Content.Citations.Occurrences)
            {
                if (!seen.Add(cite.Key) || !context.Site.Bibliography.TryGet(cite.Key, out var reference)) continue;
                if (reference.Issued?.Year is int year && year < cutoff)
                    context.Report(Old, page.Page.Source.Map.Locate(cite.Line, cite.Column), $"'{cite.Key}' was published in {year}, more than {MaxAgeYears} years ago.");
            }
        }
    }
}
