using Synapse.Content;
using Synapse.Diagnostics;

namespace Synapse.Checks.Editorial;

/// <summary>Article summaries long enough to say what the page covers (the parser refuses those over 160 characters).</summary>
internal sealed class SummaryCheck : ICheck
{
    public const int MinLength = 50;

    public static readonly Rule TooShort = new("content/summary-length", Severity.Warning,
        $"An article's summary is shorter than {MinLength} characters: too short to tell a searcher what the page covers.",
        $"Write one plain sentence of {MinLength}–{FrontMatterParser.SummaryMaxLength} characters saying who the page is for and what it answers.", "articles");

    public IReadOnlyList<Rule> Rules => [TooShort];

    public void Run(CheckContext context)
    {
        foreach (var page in context.Site.Articles)
        {
            var summary = page.Page.Meta.Summary.Trim();
            if (summary.Length is > 0 and < MinLength)
                context.Report(TooShort, page.Page.Meta.LocationOf("summary", page.Page.Source.File.Path),
                    $"The summary has {summary.Length} characters; aim for {MinLength}–{FrontMatterParser.SummaryMaxLength}.");
        }
    }
}
