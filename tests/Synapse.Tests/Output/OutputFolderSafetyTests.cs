using System.Security.Cryptography;
using Synapse.Build;
using Synapse.Commands;
using Synapse.Output;
using Synapse.Tests.Commands;
using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Output;

/// <summary>A wrong --output never destroys the site or someone else's folder; builds into one folder take turns; readers never see it missing.</summary>
[Collection(ConsoleUsers.Name)]
public sealed class OutputFolderSafetyTests
{
    private sealed record Run(int ExitCode, string Out, string Error);

    private static Run Cli(params string[] args)
    {
        var (oldOut, oldError) = (Console.Out, Console.Error);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try { return new Run(Synapse.Commands.Cli.Run(args), stdout.ToString(), stderr.ToString()); }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }
    }

    private static List<string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f) + " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))).Order(StringComparer.Ordinal).ToList();

    [Theory]
    [InlineData(".")]
    [InlineData("input")]
    [InlineData("input/treatments")]
    [InlineData("theme")]
    [InlineData("theme/assets")]
    [InlineData("src")]
    [InlineData("..")]
    public void Output_that_is_the_site_holds_it_or_lies_in_its_sources_is_refused_and_nothing_changes(string relative)
    {
        using var site = new FixtureSite("basic-site");
        Directory.CreateDirectory(Path.Combine(site.Root, "src"));
        File.WriteAllText(Path.Combine(site.Root, "src", "keep.txt"), "mine");
        var output = Path.GetFullPath(Path.Combine(site.Root, relative));
        var parent = Path.GetDirectoryName(site.Root)!;
        var before = Snapshot(parent);

        var run = Cli("build", "--root", site.Root, "--output", output, "--force");

        Assert.Equal(Reporter.ContentErrors, run.ExitCode);
        Assert.Contains("error output/unsafe-folder:", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.Equal(before, Snapshot(parent));
    }

    [Fact]
    public void Non_empty_folder_synapse_did_not_make_is_refused_without_force_and_replaced_with_it()
    {
        using var site = new FixtureSite("basic-site");
        var output = site.NewOutputPath();
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "thesis.docx"), "years of work");

        var refused = Cli("build", "--root", site.Root, "--output", output);

        Assert.Equal(Reporter.ContentErrors, refused.ExitCode);
        Assert.Contains("error output/not-synapse-folder:", refused.Error);
        Assert.Contains("--force", refused.Error);
        Assert.Equal(["thesis.docx"], Directory.EnumerateFileSystemEntries(output).Select(Path.GetFileName));

        var forced = Cli("build", "--root", site.Root, "--output", output, "--force");

        Assert.Equal(Reporter.Ok, forced.ExitCode);
        Assert.False(File.Exists(Path.Combine(output, "thesis.docx")));
        Assert.True(File.Exists(Path.Combine(output, OutputFolder.MarkerName)));
    }

    [Fact]
    public void Folder_synapse_made_is_replaced_without_force_and_an_empty_folder_is_used()
    {
        using var site = new FixtureSite("basic-site");
        var output = site.NewOutputPath();
        Directory.CreateDirectory(output);

        Assert.Equal(Reporter.Ok, Cli("build", "--root", site.Root, "--output", output).ExitCode);
        Assert.Equal(Reporter.Ok, Cli("build", "--root", site.Root, "--output", output).ExitCode);
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void Staging_folders_left_by_a_killed_build_are_removed_by_the_next_build()
    {
        using var site = new FixtureSite("basic-site");
        var output = site.NewOutputPath();
        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        Directory.CreateDirectory(Path.Combine(parent, $".{name}.staging-99999-deadbeef", "half"));
        Directory.CreateDirectory(Path.Combine(parent, $"{name}.old-cafe"));

        Assert.True(site.Build(output).Succeeded);

        Assert.Empty(Directory.EnumerateDirectories(parent, $".{name}.staging-*"));
        Assert.Empty(Directory.EnumerateDirectories(parent, $"{name}.old-*"));
    }

    [Fact]
    public void Build_waits_for_another_build_into_the_same_folder_and_says_why_it_stopped_when_the_wait_runs_out()
    {
        using var site = new FixtureSite("basic-site");
        var output = site.NewOutputPath();
        var wait = OutputFolder.LockWait;
        try
        {
            OutputFolder.LockWait = TimeSpan.FromMilliseconds(300);
            BuildResult stopped;
            using (OutputFolder.Lock(output))
                stopped = SafeBuild.Run(new BuildOptions(site.Root) { Output = output, Today = FixtureSite.Today });

            Assert.Equal("output/locked", Assert.Single(stopped.Diagnostics, d => d.IsError).Rule);
            Assert.False(Directory.Exists(output));
            Assert.True(SafeBuild.Run(new BuildOptions(site.Root) { Output = output, Today = FixtureSite.Today }).Succeeded);
        }
        finally { OutputFolder.LockWait = wait; }
    }

    [Fact]
    public void Two_builds_into_one_folder_at_once_both_succeed_one_after_the_other()
    {
        using var site = new FixtureSite("basic-site");
        var output = site.NewOutputPath();

        var results = new BuildResult[2];
        Parallel.For(0, 2, i => results[i] = SafeBuild.Run(new BuildOptions(site.Root) { Output = output, Today = FixtureSite.Today }));

        Assert.All(results, r => Assert.True(r.Succeeded, string.Join("\n", r.Diagnostics)));
        var left = Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(output)!).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal([Path.GetFileName(output), "site"], left);
    }

    [Fact]
    public async Task Readers_never_see_the_output_folder_missing_while_builds_replace_it()
    {
        using var site = new FixtureSite("basic-site");
        var output = site.NewOutputPath();
        Assert.True(site.Build(output).Succeeded);
        var page = Path.Combine(output, "index.html");
        var misses = 0;
        var reads = 0;
        using var stop = new CancellationTokenSource();
        var reader = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                try { if (File.ReadAllBytes(page).Length == 0) Interlocked.Increment(ref misses); }
                catch (IOException) { Interlocked.Increment(ref misses); }
                Interlocked.Increment(ref reads);
            }
        });

        for (var i = 0; i < 10; i++) Assert.True(site.Build(output).Succeeded);
        stop.Cancel();
        await reader;

        Assert.True(reads > 100, $"only {reads} reads");
        Assert.Equal(0, misses);
    }

    [Fact]
    public void An_io_error_while_writing_is_a_diagnostic_naming_the_path_not_a_stack_trace()
    {
        using var site = new FixtureSite("basic-site");
        var output = site.NewOutputPath();
        File.WriteAllText(output, "a file where the output folder should go");

        var run = Cli("build", "--root", site.Root, "--output", output);

        Assert.Equal(Reporter.ContentErrors, run.ExitCode);
        Assert.Contains("error io/error:", run.Error);
        Assert.Contains(Path.GetFileName(output), run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }
}
