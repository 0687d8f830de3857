using System.Diagnostics;
using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Commands;

/// <summary>
/// The generator packaged as a .NET tool: `dotnet pack`, `dotnet tool install --tool-path`, then `synapse build` on
/// a site folder of its own with no theme/ (the default theme ships inside the tool).
/// </summary>
public sealed class ToolPackageTests
{
    private static (int Code, string Output) Run(string file, string workingFolder, params string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = workingFolder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(600_000), $"{file} {string.Join(' ', args)} did not finish in 10 minutes");
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    [Fact]
    public void The_packed_tool_installs_and_builds_a_site_folder_that_has_no_theme_of_its_own()
    {
        using var temp = new TempFolder();
        var dist = temp.Combine("dist");
        var tools = temp.Combine("tools");
        var site = temp.Combine("site");
        FixtureSite.CopyDirectory(Path.Combine(RepoPaths.Fixture("basic-site"), "input"), Path.Combine(site, "input"));
        File.Copy(Path.Combine(RepoPaths.Fixture("basic-site"), "statiq.json"), Path.Combine(site, "statiq.json"));

        var pack = Run("dotnet", RepoPaths.Root, "pack", Path.Combine(RepoPaths.Root, "src", "Synapse"), "-c", "Release", "-o", dist, "--nologo");
        Assert.True(pack.Code == 0, pack.Output);
        var install = Run("dotnet", temp.Path, "tool", "install", "--tool-path", tools, "--add-source", dist, "Synapse");
        Assert.True(install.Code == 0, install.Output);

        var build = Run(Path.Combine(tools, OperatingSystem.IsWindows() ? "synapse.exe" : "synapse"), site, "build");

        Assert.True(build.Code == 0, build.Output);
        Assert.Contains("Built ", build.Output);
        Assert.True(File.Exists(Path.Combine(site, "output", "neurotransmitters", "serotonin", "index.html")));
        Assert.True(File.Exists(Path.Combine(site, "output", "assets", "site.css")));
        Assert.False(Directory.Exists(Path.Combine(site, "theme")));
    }
}
