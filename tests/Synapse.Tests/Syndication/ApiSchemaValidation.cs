using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Syndication;

/// <summary>Validates content API files against the built site's own /api/schema.json with JsonSchema.Net.</summary>
internal static class ApiSchemaValidation
{
    /// <summary>The schema at <c>#/$defs/&lt;def&gt;</c> of the site's api/schema.json ("article" or "articleList").</summary>
    public static JsonSchema Schema(BuiltSite built, string def)
    {
        var text = built.ReadText("api/schema.json");
        var root = JsonNode.Parse(text)!;
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)root["$schema"]);
        var id = (string)root["$id"]!;
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        JsonSchema.FromText(text, options);
        return JsonSchema.FromText($$"""{"$schema": "https://json-schema.org/draft/2020-12/schema", "$ref": "{{id}}#/$defs/{{def}}"}""", options);
    }

    public static EvaluationResults Validate(JsonSchema schema, string json) =>
        schema.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });

    public static string Errors(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")));
}
