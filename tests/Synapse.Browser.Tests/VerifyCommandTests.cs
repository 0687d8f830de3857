using Synapse.Browser.Tests.Infrastructure;
using Synapse.Verify;

namespace Synapse.Browser.Tests;

/// <summary>`verify` from the command line: exit codes and the report an editor reads.</summary>
public sealed class VerifyCommandTests
{
    private static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await VerifyTool.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Exits_1_and_names_each_planted_problem_with_its_page_for_the_broken_site()
    {
        var (code, output, _) = await RunAsync("--root", Repo.BrokenSite, "--output", Repo.BrokenSite);

        Assert.Equal(1, code);
        Assert.Contains("link/broken: Link \"a page that does not exist\" to /missing-page/ answers 404.", output);
        Assert.Contains("link/missing-fragment", output);
        Assert.Contains("a11y/image-alt [desktop-light, mobile-light]", output);
        Assert.Contains("a11y/color-contrast", output);
        Assert.Contains("/widget/\n  keyboard/trap", output.ReplaceLineEndings("\n"));
        Assert.Matches(@"Verified 11 pages in [\d.]+ s: \d+ problems on 8 pages\.", output);
    }

    [Fact]
    public async Task Exits_0_and_says_no_problems_for_a_clean_site()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "assets"));
        File.Copy(Path.Combine(Repo.BrokenSite, "assets", "site.css"), Path.Combine(folder.Path, "assets", "site.css"));
        var about = File.ReadAllText(Path.Combine(Repo.BrokenSite, "about", "index.html"))
            .Replace("<a href=\"/widget/\">Widget</a>", "<a href=\"/#team\">Team</a>", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder.Path, "index.html"), about.Replace("/about/", "/", StringComparison.Ordinal));

        var (code, output, _) = await RunAsync("--root", folder.Path, "--output", folder.Path);

        Assert.True(code == 0, output);
        Assert.Matches(@"Verified 1 pages in [\d.]+ s: no problems\.", output);
    }

    [Fact]
    public async Task Exits_2_on_an_unknown_option()
    {
        var (code, _, err) = await RunAsync("--no-such-option");
        Assert.Equal(2, code);
        Assert.Contains("--no-such-option", err);
    }

    [Fact]
    public async Task Exits_2_when_there_is_nothing_to_verify_or_build()
    {
        using var folder = new TempFolder();
        var (code, _, err) = await RunAsync("--root", folder.Path, "--output", Path.Combine(folder.Path, "output"));
        Assert.Equal(2, code);
        Assert.Contains("no index.html", err);
    }
}

/// <summary>The generator's `verify` command runs the checker in its own process, loaded from its build output.</summary>
public sealed class VerifyInProcessTests
{
    [Fact]
    public void The_generator_finds_the_built_checker_and_runs_it_in_process_with_its_exit_code()
    {
        var assembly = Synapse.Commands.VerifyCommand.FindAssembly(Repo.Root);
        Assert.NotNull(assembly);

        var code = Synapse.Commands.VerifyCommand.RunInProcess(assembly, ["--no-such-option"]);

        Assert.Equal(2, code);
    }
}
