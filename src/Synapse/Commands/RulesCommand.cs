using Synapse.Checks;
using Synapse.Diagnostics;

namespace Synapse.Commands;

/// <summary>`rules`: prints the rule catalogue — id, default severity, what it applies to, what it finds, how to fix it.</summary>
internal static class RulesCommand
{
    public static int Run(bool markdown, TextWriter? stdout = null)
    {
        stdout ??= Console.Out;
        var rules = RuleCatalogue.For(CheckRegistry.Default());
        if (markdown)
        {
            stdout.Write(RuleCatalogue.MarkdownTable(rules));
            return Reporter.Ok;
        }
        var width = rules.Max(r => r.Id.Length);
        foreach (var r in rules)
        {
            stdout.WriteLine($"{r.Id.PadRight(width)}  {Diagnostic.SeverityName(r.DefaultSeverity),-7}  {r.AppliesTo}");
            stdout.WriteLine($"{"",-4}{r.Description}");
            stdout.WriteLine($"{"",-4}fix: {r.Hint}");
        }
        stdout.WriteLine($"{rules.Count} rules. Change a rule's severity in statiq.json: \"rules\": {{ \"content/reading-level\": \"error\" }} (error, warning, info or off).");
        return Reporter.Ok;
    }
}
