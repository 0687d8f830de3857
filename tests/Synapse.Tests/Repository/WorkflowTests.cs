using System.Text.RegularExpressions;
using Synapse.Tests.TestSupport;
using YamlDotNet.RepresentationModel;

namespace Synapse.Tests.Repository;

/// <summary>
/// .github/workflows/site.yml parses as YAML, uses only known actions at pinned major versions, and every command it
/// runs names something that exists here: scripts, projects, the solution, and generator commands and options.
/// </summary>
public sealed partial class WorkflowTests
{
    private static readonly string WorkflowPath = Path.Combine(RepoPaths.Root, ".github", "workflows", "site.yml");

    /// <summary>The actions the workflow may use, each at the major version it was written against.</summary>
    private static readonly HashSet<string> KnownActions =
    [
        "actions/checkout@v4", "actions/setup-dotnet@v4", "actions/setup-node@v4", "actions/upload-artifact@v4",
        "github/codeql-action/upload-sarif@v3", "actions/configure-pages@v5", "actions/upload-pages-artifact@v3",
        "actions/deploy-pages@v4",
    ];

    private static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(WorkflowPath);
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static IEnumerable<(string Job, YamlMappingNode Step)> Steps(YamlMappingNode root) =>
        ((YamlMappingNode)root["jobs"]).Children.SelectMany(job =>
            ((YamlSequenceNode)((YamlMappingNode)job.Value)["steps"]).Children.Cast<YamlMappingNode>().Select(step => (((YamlScalarNode)job.Key).Value!, step)));

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    [Fact]
    public void The_workflow_runs_on_pull_requests_and_on_pushes_to_main_and_deploys_only_from_main()
    {
        var root = Load();
        var on = (YamlMappingNode)root["on"];
        Assert.True(on.Children.ContainsKey(new YamlScalarNode("pull_request")));
        Assert.Contains("main", ((YamlSequenceNode)((YamlMappingNode)on["push"])["branches"]).Children.Select(n => ((YamlScalarNode)n).Value));
        var deploy = (YamlMappingNode)((YamlMappingNode)root["jobs"])["deploy"];
        Assert.Contains("refs/heads/main", Scalar(deploy, "if"));
        Assert.Equal("check", Scalar(deploy, "needs"));
    }

    [Fact]
    public void Every_action_is_a_known_action_at_a_pinned_major_version()
    {
        var used = Steps(Load()).Select(s => Scalar(s.Step, "uses")).OfType<string>().ToList();

        Assert.NotEmpty(used);
        Assert.All(used, action => Assert.Contains(action, KnownActions));
    }

    [Fact]
    public void The_pull_request_job_annotates_uploads_sarif_runs_the_test_command_and_keeps_the_site()
    {
        var runs = Steps(Load()).Where(s => s.Job == "check").Select(s => Scalar(s.Step, "run") ?? Scalar(s.Step, "uses")).ToList();

        Assert.Contains(runs, r => r!.Contains("check --format github", StringComparison.Ordinal));
        Assert.Contains(runs, r => r!.Contains("check --format sarif", StringComparison.Ordinal));
        Assert.Contains("github/codeql-action/upload-sarif@v3", runs);
        Assert.Contains("actions/upload-artifact@v4", runs);
        Assert.Contains("./scripts/test.sh", runs);
        Assert.Contains("./scripts/test.sh", File.ReadAllText(Path.Combine(RepoPaths.Root, ".ci", "run")));
    }

    /// <summary>The commands .ci/run runs: its lines without the shebang, comments, blank lines, `set` and `cd`.</summary>
    private static List<string> CiRunCommands() =>
        File.ReadAllLines(Path.Combine(RepoPaths.Root, ".ci", "run")).Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("set ", StringComparison.Ordinal) && !l.StartsWith("cd ", StringComparison.Ordinal))
            .ToList();

    [Fact]
    public void The_pull_request_job_runs_exactly_the_commands_of_ci_run_in_its_order_and_any_failing_command_fails_the_job()
    {
        var root = Load();
        var job = (YamlMappingNode)((YamlMappingNode)root["jobs"])["check"];
        var steps = ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>().ToList();
        var runSteps = steps.Where(s => Scalar(s, "run") is not null).ToList();
        var commands = runSteps.SelectMany(s => Scalar(s, "run")!.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();

        Assert.Equal(CiRunCommands(), commands);
        // The job runs on every pull request, and each command runs unless the run was cancelled.
        Assert.Null(Scalar(job, "if"));
        Assert.All(runSteps, s => Assert.Contains(Scalar(s, "if"), new string?[] { null, "${{ !cancelled() }}" }));
        // A failing command fails the job, as it stops .ci/run (set -e): nothing continues on error.
        Assert.False(job.Children.ContainsKey(new YamlScalarNode("continue-on-error")));
        Assert.All(steps, s => Assert.False(s.Children.ContainsKey(new YamlScalarNode("continue-on-error")), Scalar(s, "name")));
        Assert.Contains("set -euo pipefail", File.ReadAllText(Path.Combine(RepoPaths.Root, ".ci", "run")));
    }

    [Fact]
    public void The_last_command_of_the_pull_request_job_and_of_ci_run_is_the_readme_test_command()
    {
        var readme = File.ReadAllLines(Path.Combine(RepoPaths.Root, "README.md"));
        var comment = Array.FindIndex(readme, l => l.StartsWith("# Run every test", StringComparison.Ordinal));
        Assert.True(comment > 0, "README.md has no '# Run every test' command");
        var testCommand = readme.Skip(comment + 1).First(l => !l.StartsWith('#')).Trim();

        Assert.Equal("./scripts/test.sh", testCommand);
        Assert.Equal(testCommand, CiRunCommands()[^1]);
        Assert.Equal(testCommand, Scalar(Steps(Load()).Last(s => s.Job == "check" && Scalar(s.Step, "run") is not null).Step, "run"));
    }

    [Fact]
    public void Every_command_the_workflow_runs_names_a_script_project_and_generator_command_that_exist()
    {
        var commands = Steps(Load()).Select(s => Scalar(s.Step, "run")).OfType<string>()
            .SelectMany(run => run.Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.NotEmpty(commands);

        foreach (var line in commands)
        {
            var command = Expression().Replace(line.Split(" > ")[0].Split(" || ")[0], "x").Trim();
            var words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('"')).ToList();
            if (words[0].StartsWith("./", StringComparison.Ordinal))
            {
                var script = Path.Combine(RepoPaths.Root, words[0][2..]);
                Assert.True(File.Exists(script), $"{line}: {words[0]} does not exist");
                continue;
            }
            Assert.Equal("dotnet", words[0]);
            foreach (var path in words.Skip(2).TakeWhile(w => w != "--").Where(w => w.StartsWith("src/", StringComparison.Ordinal) || w.EndsWith(".sln", StringComparison.Ordinal)))
                Assert.True(File.Exists(Path.Combine(RepoPaths.Root, path)) || Directory.Exists(Path.Combine(RepoPaths.Root, path)), $"{line}: {path} does not exist");
            var separator = words.IndexOf("--");
            if (words[1] == "run" && separator > 0)
            {
                Assert.Equal("src/Synapse", words[words.IndexOf("--project") + 1]);
                var parsed = Synapse.Commands.Cli.Parse([.. words.Skip(separator + 1)]);
                Assert.True(parsed.Errors.Count == 0, $"{line}: {string.Join("; ", parsed.Errors.Select(e => e.Message))}");
            }
        }
    }

    [GeneratedRegex(@"\$\{\{[^}]*\}\}")]
    private static partial Regex Expression();
}
