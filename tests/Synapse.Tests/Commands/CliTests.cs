using Synapse.Commands;
using Synapse.Content;
using Synapse.Diagnostics;
using Synapse.Tests.Builds;
using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Commands;

[Collection(ConsoleUsers.Name)]
public sealed class CliTests
{
    private static readonly object ConsoleLock = new();

    private sealed record Run(int ExitCode, string Out, string Error);

    /// <summary>Runs the command line in-process with Console.Out and Console.Error captured.</summary>
    private static Run Cli(params string[] args)
    {
        lock (ConsoleLock)
        {
            var (oldOut, oldError) = (Console.Out, Console.Error);
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            Console.SetOut(stdout);
            Console.SetError(stderr);
            try
            {
                var code = Synapse.Commands.Cli.Run(args);
                return new Run(code, stdout.ToString(), stderr.ToString());
            }
            finally
            {
                Console.SetOut(oldOut);
                Console.SetError(oldError);
            }
        }
    }

    [Fact]
    public void Check_of_a_broken_site_exits_1_and_prints_each_error_as_file_line_column()
    {
        using var site = new FixtureSite("broken-site");

        var run = Cli("check", "--root", site.Root);

        Assert.Equal(Reporter.ContentErrors, run.ExitCode);
        foreach (var (rule, at) in BrokenSiteTests.ExpectedErrors)
            Assert.Contains($"{at.File}:{at.Line}:{at.Column}: error {rule}:", run.Error);
        Assert.Contains("check failed: 5 errors", run.Out);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "output")));
    }

    [Fact]
    public void Build_with_timings_prints_every_phase_output_and_check_after_the_report()
    {
        using var site = new FixtureSite("basic-site");

        var run = Cli("build", "--root", site.Root, "--timings");

        Assert.Equal(Reporter.Ok, run.ExitCode);
        Assert.Contains("timings (ms): process start to build start", run.Error);
        foreach (var phase in new[] { "read + front matter", "markdown", "outputs + publish plan", "checks", "write" })
            Assert.Matches($@"\n  {System.Text.RegularExpressions.Regex.Escape(phase)} +\d+\n", run.Error);
        foreach (var output in Synapse.Output.OutputRegistry.Default().Outputs)
            Assert.Matches($@"\n    {output.Name} +\d+\n", run.Error);
        Assert.Matches(@"\n    WordingCheck +\d+\n", run.Error);
    }

    [Fact]
    public void Build_without_timings_prints_none()
    {
        using var site = new FixtureSite("basic-site");

        var run = Cli("build", "--root", site.Root);

        Assert.Equal(Reporter.Ok, run.ExitCode);
        Assert.DoesNotContain("timings (ms)", run.Error);
    }

    [Fact]
    public void Check_of_a_good_site_exits_0()
    {
        using var site = new FixtureSite("basic-site");

        var run = Cli("check", "--root", site.Root);

        Assert.Equal(Reporter.Ok, run.ExitCode);
        Assert.DoesNotContain(": error ", run.Error);
        Assert.StartsWith("Checked ", run.Out);
    }

    [Fact]
    public void Build_writes_the_site_to_the_output_folder_and_exits_0()
    {
        using var site = new FixtureSite("basic-site");
        var output = site.NewOutputPath();

        var run = Cli("build", "--root", site.Root, "--output", output);

        Assert.Equal(Reporter.Ok, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(output, "neurotransmitters", "serotonin", "index.html")));
        Assert.Contains("Built ", run.Out);
    }

    [Fact]
    public void Build_options_base_path_and_drafts_reach_the_builder()
    {
        using var site = new FixtureSite("basic-site");
        var output = site.NewOutputPath();

        var run = Cli("build", "--root", site.Root, "-o", output, "--base-path", "/sub/", "--drafts");

        Assert.Equal(Reporter.Ok, run.ExitCode);
        var draft = File.ReadAllText(Path.Combine(output, "treatments", "lithium", "index.html"));
        Assert.Contains("<link rel=\"canonical\" href=\"https://synapse.example.org/sub/treatments/lithium/\">", draft);
        Assert.Contains("href=\"/sub/help/\"", draft);
    }

    [Fact]
    public void Build_of_a_broken_site_exits_1_and_says_the_previous_output_was_kept()
    {
        using var site = new FixtureSite("broken-site");
        var output = site.NewOutputPath();

        var run = Cli("build", "--root", site.Root, "-o", output);

        Assert.Equal(Reporter.ContentErrors, run.ExitCode);
        Assert.Contains("The previous output was left untouched.", run.Out);
        Assert.False(Directory.Exists(output));
    }

    [Theory]
    [InlineData("check", "--no-such-option")]
    [InlineData("build", "--colour")]
    [InlineData("--verbose")]
    [InlineData("publish")]
    public void Unknown_option_or_command_exits_2_with_a_message_on_stderr(params string[] args)
    {
        var run = Cli(args);

        Assert.Equal(Reporter.Usage, run.ExitCode);
        Assert.Contains("error:", run.Error);
        Assert.Contains("--help", run.Error);
    }

    [Fact]
    public void Site_folder_that_does_not_exist_exits_2()
    {
        using var temp = new TempFolder();

        Assert.Equal(Reporter.Usage, Cli("check", "--root", temp.Combine("missing")).ExitCode);
    }

    [Fact]
    public void Help_exits_0_and_lists_the_commands()
    {
        var run = Cli("--help");

        Assert.Equal(Reporter.Ok, run.ExitCode);
        foreach (var command in new[] { "build", "check", "preview", "new" })
            Assert.Contains(command, run.Out);
    }

    [Fact]
    public void New_creates_a_draft_article_with_every_required_key_that_parses_without_errors()
    {
        using var temp = new TempFolder();

        var run = Cli("new", "treatments", "lithium", "--root", temp.Path);

        Assert.Equal(Reporter.Ok, run.ExitCode);
        var path = temp.Combine("input", "treatments", "lithium.md");
        Assert.True(File.Exists(path));
        var bag = new DiagnosticBag();
        var parsed = FrontMatterParser.Parse(new SourceFile("input/treatments/lithium.md", File.ReadAllText(path)), FrontMatterRules.Article(treatment: true, 3), bag);
        Assert.Empty(bag.Sorted());
        Assert.NotNull(parsed);
        foreach (var key in FrontMatterRules.Article(treatment: true, 3).Required.Append("evidence"))
            Assert.True(parsed.Meta.KeyLocations.ContainsKey(key), $"template lacks '{key}'");
        Assert.True(parsed.Meta.Draft);
        Assert.Equal("Lithium", parsed.Meta.Title);
        Assert.Equal(parsed.Meta.Reviewed!.Value.AddYears(3), parsed.Meta.NextReview);
    }

    [Fact]
    public void New_refuses_to_overwrite_an_existing_file_and_exits_2()
    {
        using var temp = new TempFolder();
        var path = temp.Write("input/treatments/lithium.md", "---\ntitle: Written by hand\n---\n");

        var run = Cli("new", "treatments", "lithium", "--root", temp.Path);

        Assert.Equal(Reporter.Usage, run.ExitCode);
        Assert.Contains("already exists", run.Error);
        Assert.Equal("---\ntitle: Written by hand\n---\n", File.ReadAllText(path));
    }

    [Fact]
    public void New_run_twice_keeps_the_first_file()
    {
        using var temp = new TempFolder();
        Assert.Equal(Reporter.Ok, Cli("new", "conditions", "insomnia", "--root", temp.Path).ExitCode);
        var path = temp.Combine("input", "conditions", "insomnia.md");
        File.AppendAllText(path, "My own words.\n");

        Assert.Equal(Reporter.Usage, Cli("new", "conditions", "insomnia", "--root", temp.Path).ExitCode);

        Assert.EndsWith("My own words.\n", File.ReadAllText(path));
    }

    [Fact]
    public void New_article_outside_treatments_has_no_evidence_key()
    {
        using var temp = new TempFolder();

        Cli("new", "conditions", "insomnia", "--root", temp.Path);

        Assert.DoesNotContain("evidence:", File.ReadAllText(temp.Combine("input", "conditions", "insomnia.md")));
    }

    [Theory]
    [InlineData("recipes", "lithium")]
    [InlineData("treatments", "Lithium Carbonate")]
    [InlineData("treatments", "../escape")]
    public void New_with_an_unknown_section_or_a_bad_slug_exits_2_and_writes_nothing(string section, string slug)
    {
        using var temp = new TempFolder();

        var run = Cli("new", section, slug, "--root", temp.Path);

        Assert.Equal(Reporter.Usage, run.ExitCode);
        Assert.False(Directory.Exists(temp.Combine("input")));
    }
}
