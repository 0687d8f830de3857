using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Synapse.Diagnostics;
using Synapse.Diagnostics.Formats;
using Synapse.Tests.Builds;
using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Reporting;

/// <summary>The tool formats of <c>check --format</c>: GitHub annotations, stable JSON and SARIF 2.1.0.</summary>
public sealed class DiagnosticFormatTests
{
    private static readonly Diagnostic Warning = new("reading-level", Severity.Warning, new("input/a.md", 1, 1), "Grade 10.", "Shorten sentences.");
    private static readonly Diagnostic Error = new("link/missing-page", Severity.Error, new("input/b.md", 7, 3), "No page 'x'.", "Fix the link.");

    private static string Write(IDiagnosticFormat format, DiagnosticReport report, Func<string, RuleDescription?>? rules = null)
    {
        using var text = new StringWriter();
        format.Write(report, rules ?? (_ => null), text);
        return text.ToString();
    }

    private static DiagnosticReport BrokenSiteReport()
    {
        using var site = new FixtureSite("broken-site");
        var result = site.Check();
        return new DiagnosticReport(result.Diagnostics, "check", result.Succeeded);
    }

    [Fact]
    public void GitHub_format_prints_one_annotation_per_broken_site_error_at_its_file_line_and_column()
    {
        var output = Write(new GitHubFormat(), BrokenSiteReport());

        foreach (var (rule, at) in BrokenSiteTests.ExpectedErrors)
            Assert.Contains($"::error file={at.File},line={at.Line},col={at.Column},title={GitHubFormat.Property(rule)}::", output);
    }

    [Fact]
    public void GitHub_format_lists_errors_before_warnings_whatever_their_files()
    {
        var output = Write(new GitHubFormat(), new DiagnosticReport([Warning, Error], "check", false));

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("::error file=input/b.md,line=7,col=3", lines[0]);
        Assert.StartsWith("::warning file=input/a.md,line=1,col=1", lines[1]);
    }

    [Fact]
    public void GitHub_format_escapes_newlines_percent_signs_and_property_separators()
    {
        var tricky = new Diagnostic("a:b,c", Severity.Error, new("input/x,y.md", 2, 1), "100% wrong\nsecond line", "");

        var output = Write(new GitHubFormat(), new DiagnosticReport([tricky], "check", false));

        Assert.Contains("file=input/x%2Cy.md,", output);
        Assert.Contains("title=a%3Ab%2Cc::100%25 wrong%0Asecond line", output);
    }

    [Fact]
    public void GitHub_format_puts_the_fix_hint_in_the_annotation_message()
    {
        var output = Write(new GitHubFormat(), new DiagnosticReport([Error], "check", false));

        Assert.Contains("::No page 'x'.%0Ahint: Fix the link.", output);
    }

    [Fact]
    public void GitHub_format_summary_counts_what_GitHub_does_not_show_beyond_ten_of_a_kind()
    {
        var many = Enumerable.Range(1, 13).Select(i => Error with { Location = new("input/b.md", i, 1) })
            .Concat(Enumerable.Range(1, 4).Select(i => Warning with { Location = new("input/a.md", i, 1) })).ToList();

        var output = Write(new GitHubFormat(), new DiagnosticReport(many, "check", false));

        var summary = output.TrimEnd().Split('\n')[^1];
        Assert.Contains("13 errors, 4 warnings", summary);
        Assert.Contains("3 more errors", summary);
        Assert.DoesNotContain("more warnings", summary);
    }

    [Fact]
    public void GitHub_paths_gain_the_site_folder_prefix_when_the_site_is_inside_the_workspace()
    {
        var workspace = Path.Combine(Path.GetTempPath(), "ws");

        Assert.Equal("site/", GitHubFormat.WorkspacePrefix(workspace, Path.Combine(workspace, "site")));
        Assert.Equal("", GitHubFormat.WorkspacePrefix(workspace, workspace));
        Assert.Equal("", GitHubFormat.WorkspacePrefix(workspace, Path.Combine(Path.GetTempPath(), "elsewhere")));
        Assert.Equal("", GitHubFormat.WorkspacePrefix(null, workspace));
    }

    [Fact]
    public void Json_format_is_versioned_and_carries_every_field_of_each_diagnostic()
    {
        var rules = (string id) => id == Error.Rule ? new RuleDescription(id, "Links must reach a page.", "Fix the link.", Severity.Error) : null;

        var json = JsonNode.Parse(Write(new JsonFormat(), new DiagnosticReport([Warning, Error], "check", false), rules))!;

        Assert.Equal(1, json["version"]!.GetValue<int>());
        Assert.Equal("check", json["command"]!.GetValue<string>());
        Assert.False(json["succeeded"]!.GetValue<bool>());
        Assert.Equal(1, json["summary"]!["errors"]!.GetValue<int>());
        Assert.Equal(1, json["summary"]!["warnings"]!.GetValue<int>());
        var first = json["diagnostics"]![0]!;
        Assert.Equal("link/missing-page", first["rule"]!.GetValue<string>());
        Assert.Equal("error", first["severity"]!.GetValue<string>());
        Assert.Equal("input/b.md", first["file"]!.GetValue<string>());
        Assert.Equal(7, first["line"]!.GetValue<int>());
        Assert.Equal(3, first["column"]!.GetValue<int>());
        Assert.Equal("No page 'x'.", first["message"]!.GetValue<string>());
        Assert.Equal("Fix the link.", first["hint"]!.GetValue<string>());
        Assert.Equal("Links must reach a page.", first["description"]!.GetValue<string>());
        Assert.Null(json["diagnostics"]![1]!["description"]);
    }

    [Fact]
    public void Sarif_output_of_the_broken_site_validates_against_the_OASIS_SARIF_2_1_0_schema()
    {
        var schemaPath = Path.Combine(RepoPaths.Root, "tests", "sarif", "node_modules", "@microsoft", "sarif-multitool-linux", "sarif-2.1.0.json");
        Assert.True(File.Exists(schemaPath), $"The SARIF schema was not found at {schemaPath}: run ./scripts/test.sh, which installs it with npm.");
        var schema = JsonSchema.FromText(File.ReadAllText(schemaPath));
        var report = BrokenSiteReport() with { RepositoryUrl = "https://github.com/example/site" };

        var text = Write(new SarifFormat(), report);
        using var document = JsonDocument.Parse(text);
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var sarif = JsonNode.Parse(text);

        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        var results = sarif!["runs"]![0]!["results"]!.AsArray();
        Assert.Equal(report.Diagnostics.Count, results.Count);
        Assert.Equal("https://github.com/example/site", sarif["runs"]![0]!["tool"]!["driver"]!["informationUri"]!.GetValue<string>());
    }

    [Fact]
    public void The_SARIF_schema_check_rejects_a_log_with_a_level_SARIF_does_not_define()
    {
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "sarif", "node_modules", "@microsoft", "sarif-multitool-linux", "sarif-2.1.0.json")));
        var text = Write(new SarifFormat(), new DiagnosticReport([Error], "check", false)).Replace("\"level\": \"error\"", "\"level\": \"fatal\"", StringComparison.Ordinal);
        Assert.Contains("fatal", text);

        using var document = JsonDocument.Parse(text);
        Assert.False(schema.Evaluate(document.RootElement).IsValid);
    }

    [Fact]
    public void Sarif_results_point_at_the_rule_and_the_file_line_and_column()
    {
        var rules = (string id) => new RuleDescription(id, "Described " + id, "Hint for " + id, Severity.Error);

        var sarif = JsonNode.Parse(Write(new SarifFormat(), new DiagnosticReport([Warning, Error], "check", false), rules))!;

        var run = sarif["runs"]![0]!;
        var ruleList = run["tool"]!["driver"]!["rules"]!.AsArray();
        Assert.Equal(["link/missing-page", "reading-level"], ruleList.Select(r => r!["id"]!.GetValue<string>()));
        Assert.Equal("Described reading-level", ruleList[1]!["shortDescription"]!["text"]!.GetValue<string>());
        var error = run["results"]![0]!;
        Assert.Equal("link/missing-page", error["ruleId"]!.GetValue<string>());
        Assert.Equal(0, error["ruleIndex"]!.GetValue<int>());
        Assert.Equal("error", error["level"]!.GetValue<string>());
        var location = error["locations"]![0]!["physicalLocation"]!;
        Assert.Equal("input/b.md", location["artifactLocation"]!["uri"]!.GetValue<string>());
        Assert.Equal(7, location["region"]!["startLine"]!.GetValue<int>());
        Assert.Equal(3, location["region"]!["startColumn"]!.GetValue<int>());
        Assert.Equal("warning", run["results"]![1]!["level"]!.GetValue<string>());
    }

    [Fact]
    public void Every_format_is_found_by_its_name_and_an_unknown_name_is_not()
    {
        foreach (var name in new[] { "human", "github", "json", "sarif", "GitHub" })
            Assert.NotNull(DiagnosticFormats.Find(name));
        Assert.Null(DiagnosticFormats.Find("xml"));
    }
}
