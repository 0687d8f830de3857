using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Synapse.Diagnostics;

using Synapse.Site;

namespace Synapse.Checks.Editorial;

/// <summary>Link text that makes sense out of context (WCAG 2.4.4): no "click here", no bare web address as text.</summary>
internal sealed class LinkTextCheck : ICheck
{
    public static readonly Rule Vague = new("content/link-text", Severity.Warning,
        "A link's text does not say where it goes (\"click here\", \"read more\", a bare web address), so it makes no sense read on its own.",
        "Use the destination's name as the link text: [NICE guidance on depression](…) instead of [click here](…).", "content pages");

    private static readonly HashSet<string> VaguePhrases = new(StringComparer.OrdinalIgnoreCase)
    {
        "click here", "here", "click", "read more", "more", "more info", "more information", "this", "this link",
        "link", "this page", "page", "go", "see here", "learn more", "find out more", "this article", "website", "this website",
    };

    public IReadOnlyList<Rule> Rules => [Vague];

    public void Run(CheckContext context)
    {
        foreach (var page in context.Site.Pages)
        {
            if (page.Content.NodesOrWalk() is not { } nodes) continue;
            foreach (var auto in nodes.Autolinks.Where(a => !a.IsEmail))
                context.Report(Vague, page.Page.Source.Map.Locate(auto.Line, auto.Column), $"Link text \"{auto.Url}\" is a bare web address; screen readers read it out character by character.",
                    "Give the link a name: [the 988 Lifeline](https://988lifeline.org/).");
            foreach (var link in nodes.Links.Where(l => !l.IsImage))
            {
                var text = InlineText.Of(link).Trim().TrimEnd('.', ':');
                if (text.Length == 0) continue;
                var at = page.Page.Source.Map.Locate(link.Line, link.Column);
                if (VaguePhrases.Contains(text))
                    context.Report(Vague, at, $"Link text \"{text}\" does not say where the link goes.");
                else if (link.IsAutoLink || text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
                    context.Report(Vague, at, $"Link text \"{text}\" is a bare web address; screen readers read it out character by character.",
                        "Give the link a name: [the 988 Lifeline](https://988lifeline.org/).");
            }
        }
    }
}
