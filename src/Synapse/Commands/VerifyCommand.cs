using System.Diagnostics;

namespace Synapse.Commands;

/// <summary>
/// `verify`: runs the browser checker, which lives in its own project (src/Synapse.Verify) so the generator does not
/// carry Playwright and its Node driver. Forwards the options and returns the checker's exit code
/// (0 no problems, 1 problems found, 2 usage or setup error).
/// </summary>
internal static class VerifyCommand
{
    public const string ProjectPath = "src/Synapse.Verify/Synapse.Verify.csproj";

    public static int Run(string root, string? output, string? basePath, bool external)
    {
        var project = FindProject(root);
        if (project is null)
        {
            Console.Error.WriteLine($"error: verify needs {ProjectPath} (the browser checker), which was not found above {root} or {AppContext.BaseDirectory}.");
            return Reporter.Usage;
        }
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false };
        foreach (var arg in new[] { "run", "--project", project, "--verbosity", "quiet", "--", "--root", Path.GetFullPath(root) }) start.ArgumentList.Add(arg);
        if (output is not null) { start.ArgumentList.Add("--output"); start.ArgumentList.Add(Path.GetFullPath(output)); }
        if (basePath is not null) { start.ArgumentList.Add("--base-path"); start.ArgumentList.Add(basePath); }
        if (external) start.ArgumentList.Add("--external");
        using var process = Process.Start(start);
        if (process is null)
        {
            Console.Error.WriteLine("error: could not start 'dotnet run' for the browser checker.");
            return Reporter.Usage;
        }
        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>The checker's project file: beside this build of the generator, or in the site folder's repository.</summary>
    private static string? FindProject(string root)
    {
        foreach (var start in new[] { AppContext.BaseDirectory, root })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, ProjectPath);
                if (File.Exists(candidate)) return candidate;
            }
        return null;
    }
}
