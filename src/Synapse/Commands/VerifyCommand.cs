using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;

namespace Synapse.Commands;

/// <summary>
/// `verify`: runs the browser checker in this process. The checker is its own assembly (src/Synapse.Verify) so that
/// building a site needs no browser driver; it is loaded from beside this generator (the packaged tool), or from the
/// repository's build output, building it once when it has not been built. Returns the checker's exit code
/// (0 no problems, 1 problems found, 2 usage or setup error).
/// </summary>
internal static class VerifyCommand
{
    public const string ProjectPath = "src/Synapse.Verify/Synapse.Verify.csproj";
    public const string AssemblyFile = "Synapse.Verify.dll";

    public static int Run(string root, string? output, string? basePath, bool external)
    {
        var assembly = FindAssembly(root);
        if (assembly is null)
        {
            Console.Error.WriteLine($"error: verify needs the browser checker ({AssemblyFile}), which is neither beside the generator nor buildable from {ProjectPath} above {root}.");
            return Reporter.Usage;
        }
        var args = new List<string> { "--root", Path.GetFullPath(root) };
        if (output is not null) args.AddRange(["--output", Path.GetFullPath(output)]);
        if (basePath is not null) args.AddRange(["--base-path", basePath]);
        if (external) args.Add("--external");
        return RunInProcess(assembly, [.. args]);
    }

    /// <summary>Loads the checker in its own load context (its dependencies from its folder, this generator shared) and runs its entry point.</summary>
    internal static int RunInProcess(string assemblyPath, string[] args)
    {
        var context = new VerifierLoadContext(assemblyPath);
        var entry = context.LoadFromAssemblyPath(assemblyPath).EntryPoint
            ?? throw new InvalidOperationException($"{assemblyPath} has no entry point.");
        var result = entry.Invoke(null, [args]);
        return result switch
        {
            Task<int> task => task.GetAwaiter().GetResult(),
            int code => code,
            _ => 0,
        };
    }

    /// <summary>The checker: beside this generator, else in the repository's build output (built once if missing or stale).</summary>
    internal static string? FindAssembly(string root)
    {
        var beside = Path.Combine(AppContext.BaseDirectory, AssemblyFile);
        if (File.Exists(beside)) return beside;
        var project = FindProject(root);
        if (project is null) return null;
        var projectDir = Path.GetDirectoryName(project)!;
        var built = Directory.Exists(Path.Combine(projectDir, "bin"))
            ? Directory.EnumerateFiles(Path.Combine(projectDir, "bin"), AssemblyFile, SearchOption.AllDirectories)
                .Where(f => File.Exists(Path.ChangeExtension(f, ".deps.json")))
                .OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault()
            : null;
        if (built is not null && !IsStale(built, projectDir)) return built;
        Console.Error.WriteLine("  … building the browser checker (once)");
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var arg in new[] { "build", project, "--nologo", "--verbosity", "quiet", "-c", "Release" }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start);
        if (process is null) return null;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var release = Path.Combine(projectDir, "bin", "Release", "net10.0", AssemblyFile);
        return process.ExitCode == 0 && File.Exists(release) ? release : null;
    }

    private static bool IsStale(string assembly, string projectDir)
    {
        var builtAt = File.GetLastWriteTimeUtc(assembly);
        return Directory.EnumerateFiles(projectDir, "*.cs*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                     && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Any(f => File.GetLastWriteTimeUtc(f) > builtAt);
    }

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

    /// <summary>Resolves the checker's own dependencies (Playwright, axe) from its folder; shares the generator already loaded.</summary>
    private sealed class VerifierLoadContext(string assemblyPath) : AssemblyLoadContext("synapse-verify")
    {
        private readonly AssemblyDependencyResolver _resolver = new(assemblyPath);

        protected override Assembly? Load(AssemblyName name)
        {
            if (AssemblyLoadContext.Default.Assemblies.Any(a => AssemblyName.ReferenceMatchesDefinition(a.GetName(), name) && a.GetName().Name == name.Name))
                return null;
            return _resolver.ResolveAssemblyToPath(name) is { } path ? LoadFromAssemblyPath(path) : null;
        }

        protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
            _resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;
    }
}
