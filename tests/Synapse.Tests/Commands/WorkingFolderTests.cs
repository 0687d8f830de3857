using System.Diagnostics;
using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Commands;

/// <summary>
/// The generator as a user runs it: a separate process started in some folder. Relative paths resolve from that
/// folder, and the site found is the one there, never the repository the generator was built from.
/// </summary>
public sealed class WorkingFolderTests
{
    private static (int Code, string Out, string Error) RunGenerator(string workingFolder, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Synapse.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "the generator did not finish in 120 s");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    [Fact]
    public void Relative_output_folder_is_created_in_the_folder_the_command_ran_in()
    {
        using var site = new FixtureSite("basic-site");

        var run = RunGenerator(site.Root, "build", "--output", "out");

        Assert.Equal(0, run.Code);
        Assert.True(File.Exists(Path.Combine(site.Root, "out", "index.html")), run.Out + run.Error);
        Assert.False(Directory.Exists(Path.Combine(AppContext.BaseDirectory, "out")));
    }

    [Fact]
    public void Without_root_the_site_in_the_current_folder_is_checked()
    {
        using var site = new FixtureSite("broken-site");

        var run = RunGenerator(site.Root, "check");

        Assert.Equal(1, run.Code);
        Assert.Contains("input/neurotransmitters/serotonin.md:11:5: error link/missing-page", run.Error);
    }

    [Fact]
    public void Relative_root_resolves_from_the_current_folder()
    {
        using var site = new FixtureSite("basic-site");
        var parent = Path.GetDirectoryName(site.Root)!;

        var run = RunGenerator(parent, "check", "--root", Path.GetFileName(site.Root));

        Assert.Equal(0, run.Code);
        Assert.StartsWith("Checked ", run.Out);
    }

    [Fact]
    public void Check_in_github_format_prints_annotations_on_stdout_and_exits_1_for_a_broken_site()
    {
        using var site = new FixtureSite("broken-site");

        var run = RunGenerator(site.Root, "check", "--format", "github");

        Assert.Equal(1, run.Code);
        Assert.Contains("::error file=input/neurotransmitters/serotonin.md,line=11,col=5,title=link/missing-page::", run.Out);
        Assert.Contains("check failed: 5 errors", run.Error);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        using var site = new FixtureSite("basic-site");

        var run = RunGenerator(site.Root, "check", "--format", "xml");

        Assert.Equal(2, run.Code);
        Assert.Contains("Unknown format 'xml'", run.Error);
    }
}
