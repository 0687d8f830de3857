using System.Text.Json;

namespace Synapse.Diagnostics.Formats;

/// <summary>
/// SARIF 2.1.0 (OASIS), the format GitHub code scanning reads: one run whose tool lists every rule that fired, with
/// its description and fix hint, and one result per diagnostic located by file (relative to the site folder, under
/// the <c>%SRCROOT%</c> base id), line and column.
/// </summary>
internal sealed class SarifFormat : IDiagnosticFormat
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public string Name => "sarif";

    public void Write(DiagnosticReport report, Func<string, RuleDescription?> rules, TextWriter output)
    {
        var results = report.BySeverity().ToList();
        var ruleIds = results.Select(d => d.Rule).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var index = ruleIds.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        var prefix = GitHubFormat.WorkspacePrefix(null, report.SiteRoot);

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "Synapse");
            if (report.RepositoryUrl is { Length: > 0 } home) json.WriteString("informationUri", home);
            json.WriteString("semanticVersion", ToolVersion());
            json.WriteStartArray("rules");
            foreach (var id in ruleIds)
            {
                var rule = rules(id);
                var first = results.First(d => d.Rule == id);
                json.WriteStartObject();
                json.WriteString("id", id);
                json.WriteStartObject("shortDescription");
                json.WriteString("text", rule?.Description ?? id);
                json.WriteEndObject();
                json.WriteStartObject("help");
                json.WriteString("text", rule?.Hint is { Length: > 0 } hint ? hint : first.Hint is { Length: > 0 } h ? h : "See the message.");
                json.WriteEndObject();
                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", Level(rule?.DefaultSeverity ?? first.Severity));
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject("%SRCROOT%");
            json.WriteStartObject("description");
            json.WriteString("text", "The repository root.");
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartArray("results");
            foreach (var d in results)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", d.Rule);
                json.WriteNumber("ruleIndex", index[d.Rule]);
                json.WriteString("level", Level(d.Severity));
                json.WriteStartObject("message");
                json.WriteString("text", d.Hint.Length > 0 ? $"{d.Message} Hint: {d.Hint}" : d.Message);
                json.WriteEndObject();
                json.WriteStartArray("locations");
                json.WriteStartObject();
                json.WriteStartObject("physicalLocation");
                json.WriteStartObject("artifactLocation");
                json.WriteString("uri", Uri.EscapeDataString(prefix + d.Location.File).Replace("%2F", "/", StringComparison.Ordinal));
                json.WriteString("uriBaseId", "%SRCROOT%");
                json.WriteEndObject();
                json.WriteStartObject("region");
                json.WriteNumber("startLine", Math.Max(1, d.Location.Line));
                json.WriteNumber("startColumn", Math.Max(1, d.Location.Column));
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>SARIF's result levels: error, warning, note.</summary>
    internal static string Level(Severity s) => s switch { Severity.Error => "error", Severity.Warning => "warning", _ => "note" };

    private static string ToolVersion()
    {
        var v = typeof(SarifFormat).Assembly.GetName().Version ?? new Version(1, 0, 0);
        return $"{v.Major}.{v.Minor}.{Math.Max(0, v.Build)}";
    }
}
