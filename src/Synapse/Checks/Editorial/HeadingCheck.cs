using Markdig.Syntax;
using Synapse.Diagnostics;

using Synapse.Site;

namespace Synapse.Checks.Editorial;

/// <summary>Heading levels go down one step at a time (a level-1 heading in the body is content/h1-in-body, reported by the Markdown stage).</summary>
internal sealed class HeadingCheck : ICheck
{
    public static readonly Rule Order = new("content/heading-order", Severity.Warning,
        "A heading skips a level (e.g. ## followed by ####), which breaks the outline screen-reader users navigate by.",
        "Use the next level down (### under ##), or restructure the section.", "content pages");

    public IReadOnlyList<Rule> Rules => [Order];

    public void Run(CheckContext context)
    {
        foreach (var page in context.Site.Pages)
        {
            if (page.Content.NodesOrWalk() is not { } nodes) continue;
            var map = page.Page.Source.Map;
            var previous = 1;
            foreach (var heading in nodes.Headings)
            {
                var at = map.Locate(heading.Line, heading.Column);
                if (heading.Level > 1 && heading.Level > previous + 1)
                    context.Report(Order, at, $"Heading level {heading.Level} follows level {previous}: a level is skipped.",
                        $"Use {new string('#', previous + 1)} here, or add the missing level above it.");
                previous = heading.Level;
            }
        }
    }
}
