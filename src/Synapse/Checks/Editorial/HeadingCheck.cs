using Markdig.Syntax;
using Synapse.Diagnostics;

namespace Synapse.Checks.Editorial;

/// <summary>One h1 per page (the layout's title), and heading levels that go down one step at a time.</summary>
internal sealed class HeadingCheck : ICheck
{
    public static readonly Rule ExtraH1 = new("content/one-h1", Severity.Warning,
        "A page body has a level-1 heading; the layout already gives every page its title as the one h1.",
        "Start body headings at ## (level 2).", "content pages");
    public static readonly Rule Order = new("content/heading-order", Severity.Warning,
        "A heading skips a level (e.g. ## followed by ####), which breaks the outline screen-reader users navigate by.",
        "Use the next level down (### under ##), or restructure the section.", "content pages");

    public IReadOnlyList<Rule> Rules => [ExtraH1, Order];

    public void Run(CheckContext context)
    {
        foreach (var page in context.Site.Pages)
        {
            if (page.Content.Document is not { } doc) continue;
            var map = page.Page.Source.Map;
            var previous = 1;
            foreach (var heading in doc.Descendants<HeadingBlock>())
            {
                var at = map.Locate(heading.Line, heading.Column);
                if (heading.Level == 1)
                    context.Report(ExtraH1, at, "This page already has its title as its one level-1 heading; this # heading adds a second.");
                else if (heading.Level > previous + 1)
                    context.Report(Order, at, $"Heading level {heading.Level} follows level {previous}: a level is skipped.",
                        $"Use {new string('#', previous + 1)} here, or add the missing level above it.");
                previous = heading.Level;
            }
        }
    }
}
