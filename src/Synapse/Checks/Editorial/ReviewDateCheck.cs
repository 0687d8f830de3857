using Synapse.Diagnostics;

namespace Synapse.Checks.Editorial;

/// <summary>Articles are re-reviewed on time: overdue is an error, due within 60 days a warning.</summary>
internal sealed class ReviewDateCheck : ICheck
{
    public const int DueSoonDays = 60;

    public static readonly Rule Overdue = new("content/review-overdue", Severity.Error,
        "An article's next-review date has passed: readers are told it is checked, and it is not.",
        "Re-check the page against current sources, then set 'reviewed' to today and 'next-review' to the next due date.", "articles");
    public static readonly Rule DueSoon = new("content/review-due", Severity.Warning,
        $"An article is due for review within {DueSoonDays} days.",
        "Plan its review: re-check the sources, then update 'reviewed' and 'next-review'.", "articles");

    public IReadOnlyList<Rule> Rules => [Overdue, DueSoon];

    public void Run(CheckContext context)
    {
        var today = context.Site.Today;
        foreach (var page in context.Site.Articles)
        {
            if (page.Page.Meta.NextReview is not { } due) continue;
            var at = page.Page.Meta.LocationOf("next-review", page.Page.Source.File.Path);
            if (due < today)
                context.Report(Overdue, at, $"Review was due on {due:yyyy-MM-dd}, {today.DayNumber - due.DayNumber} days ago.");
            else if (due.DayNumber - today.DayNumber <= DueSoonDays)
                context.Report(DueSoon, at, $"Review is due on {due:yyyy-MM-dd}, in {due.DayNumber - today.DayNumber} days.");
        }
    }
}
