namespace Synapse.Diagnostics.Formats;

/// <summary>For people: <c>file:line:column: error rule: message</c> with an indented <c>hint:</c> line.</summary>
internal sealed class HumanFormat : IDiagnosticFormat
{
    public string Name => "human";

    public void Write(DiagnosticReport report, Func<string, RuleDescription?> rules, TextWriter output)
    {
        foreach (var d in report.Diagnostics) output.WriteLine(d.ToString());
    }
}
