using System.Text.Json;

namespace Synapse.Diagnostics.Formats;

/// <summary>
/// A stable JSON report (format version 1, documented in README.md):
/// <c>{ "version": 1, "tool": "synapse", "command", "succeeded", "summary": {errors, warnings, notices},
/// "diagnostics": [ {rule, severity, file, line, column, message, hint, description} ] }</c>.
/// New fields may be added; existing ones keep their names and meaning.
/// </summary>
internal sealed class JsonFormat : IDiagnosticFormat
{
    public const int Version = 1;

    public string Name => "json";

    public void Write(DiagnosticReport report, Func<string, RuleDescription?> rules, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", Version);
            json.WriteString("tool", "synapse");
            json.WriteString("command", report.Verb);
            json.WriteBoolean("succeeded", report.Succeeded);
            json.WriteStartObject("summary");
            json.WriteNumber("errors", report.Errors);
            json.WriteNumber("warnings", report.Warnings);
            json.WriteNumber("notices", report.Notices);
            json.WriteEndObject();
            json.WriteStartArray("diagnostics");
            foreach (var d in report.BySeverity())
            {
                json.WriteStartObject();
                json.WriteString("rule", d.Rule);
                json.WriteString("severity", DiagnosticFormats.Word(d.Severity));
                json.WriteString("file", d.Location.File);
                json.WriteNumber("line", d.Location.Line);
                json.WriteNumber("column", d.Location.Column);
                json.WriteString("message", d.Message);
                json.WriteString("hint", d.Hint);
                if (rules(d.Rule) is { } rule) json.WriteString("description", rule.Description);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
