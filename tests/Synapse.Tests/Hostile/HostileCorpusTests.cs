using System.Security.Cryptography;
using Synapse.Commands;
using Synapse.Build;
using Synapse.Tests.Builds;
using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Hostile;

/// <summary>
/// Every case of tests/hostile/cases through a whole build. An error case: exactly the stated errors (rule, file, line),
/// exit code 1, no stack trace, and the previous output byte-for-byte intact. A page case: the build succeeds, the page
/// holds the expected sanitised text, and nothing in the output can run script.
/// </summary>
public sealed class HostileCorpusTests
{
    public static TheoryData<string> Cases() => new(HostileCase.Names());

    private static readonly Lazy<string> BaseOutput = new(BuildBase);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_gives_its_expected_diagnostic_or_sanitised_output(string name)
    {
        var @case = HostileCase.Load(name);
        using var temp = new TempFolder();
        var root = temp.Combine("site");
        @case.WriteSite(root);
        var output = temp.Combine("output");
        FixtureSite.CopyDirectory(BaseOutput.Value, output);
        var before = Snapshot(output);

        var (result, exit, printed) = BuildAndReport(root, output);

        Assert.DoesNotContain("   at ", printed);
        Assert.DoesNotContain("Exception", printed);
        Assert.DoesNotContain("Operation is not valid", printed);
        var errors = result.Diagnostics.Where(d => d.IsError).Select(d => (d.Rule, d.Location.File, d.Location.Line)).ToList();
        if (@case.Errors.Count > 0)
        {
            Assert.True(@case.Errors.OrderBy(e => e.ToString()).SequenceEqual(errors.Distinct().OrderBy(e => e.ToString())),
                $"{name} ({@case.Proves})\nexpected errors:\n  {string.Join("\n  ", @case.Errors)}\nactual:\n{printed}");
            Assert.Equal(Reporter.ContentErrors, exit);
            Assert.Equal(before, Snapshot(output));
            Assert.All(result.Diagnostics.Where(d => d.IsError), d => Assert.False(string.IsNullOrWhiteSpace(d.Hint)));
        }
        else
        {
            Assert.True(errors.Count == 0, $"{name} ({@case.Proves}) expected a successful build:\n{printed}");
            Assert.Equal(Reporter.Ok, exit);
            var page = File.ReadAllText(Path.Combine(output, @case.Page!));
            foreach (var text in @case.Contains) Assert.Contains(text, page);
            foreach (var text in @case.Absent) Assert.DoesNotContain(text, page, StringComparison.OrdinalIgnoreCase);
            var problems = ScriptFreeOutput.Problems(output);
            Assert.True(problems.Count == 0, $"{name} ({@case.Proves}):\n  " + string.Join("\n  ", problems));
        }
    }

    [Fact]
    public void Every_case_file_parses_and_the_corpus_is_not_empty()
    {
        var names = HostileCase.Names().ToList();
        Assert.True(names.Count >= 100, $"only {names.Count} cases");
        Assert.All(names, n => HostileCase.Load(n));
    }

    /// <summary>Runs the build the way the build command does and returns its result, exit code and everything printed.</summary>
    internal static (BuildResult Result, int Exit, string Printed) BuildAndReport(string root, string output)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var result = SafeBuild.Run(new BuildOptions(root) { Output = output, Today = FixtureSite.Today });
        var exit = Reporter.Report(result, "build", output, stdout, stderr);
        return (result, exit, stdout + "\n" + stderr);
    }

    private static string BuildBase()
    {
        var temp = Path.Combine(Path.GetTempPath(), "synapse-tests", "hostile-base-" + Guid.NewGuid().ToString("N"));
        var root = Path.Combine(temp, "site");
        new HostileCase("base", "base", [], "guides/welcome/index.html", [], [], [], [], []).WriteSite(root);
        var output = Path.Combine(temp, "output");
        var result = SiteBuilder.Build(new BuildOptions(root) { Output = output, Today = FixtureSite.Today });
        if (!result.Succeeded) throw new InvalidOperationException("The base site of the corpus does not build:\n" + string.Join("\n", result.Diagnostics));
        return output;
    }

    internal static List<string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/') + " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))))
            .Order(StringComparer.Ordinal).ToList();
}
