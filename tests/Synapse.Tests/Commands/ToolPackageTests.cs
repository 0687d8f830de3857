using System.Diagnostics;
using System.IO.Compression;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Commands;

/// <summary>One `dotnet pack` of the generator, shared by the tool package tests (packing takes a minute or two).</summary>
public sealed class PackedTool : IDisposable
{
    private readonly TempFolder _temp = new();

    public PackedTool()
    {
        Dist = _temp.Combine("dist");
        Pack = ToolPackageTests.Run("dotnet", RepoPaths.Root, "pack", Path.Combine(RepoPaths.Root, "src", "Synapse"), "-c", "Release", "-o", Dist, "--nologo");
    }

    public string Dist { get; }

    public (int Code, string Output) Pack { get; }

    public void Dispose() => _temp.Dispose();
}

/// <summary>
/// The generator packaged as a .NET tool: `dotnet pack`, `dotnet tool install --tool-path`, then `synapse build` on
/// a site folder of its own with no theme/ (the default theme ships inside the tool). The pack holds a small outer
/// package, a ReadyToRun linux-x64 package and a portable "any" package for every other platform.
/// </summary>
public sealed class ToolPackageTests(PackedTool packed) : IClassFixture<PackedTool>
{
    internal static (int Code, string Output) Run(string file, string workingFolder, params string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = workingFolder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(600_000), $"{file} {string.Join(' ', args)} did not finish in 10 minutes");
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static string SiteWithoutTheme(TempFolder temp)
    {
        var site = temp.Combine("site");
        FixtureSite.CopyDirectory(Path.Combine(RepoPaths.Fixture("basic-site"), "input"), Path.Combine(site, "input"));
        File.Copy(Path.Combine(RepoPaths.Fixture("basic-site"), "statiq.json"), Path.Combine(site, "statiq.json"));
        return site;
    }

    private static void AssertBuilt((int Code, string Output) build, string site)
    {
        Assert.True(build.Code == 0, build.Output);
        Assert.Contains("Built ", build.Output);
        Assert.True(File.Exists(Path.Combine(site, "output", "neurotransmitters", "serotonin", "index.html")));
        Assert.True(File.Exists(Path.Combine(site, "output", "assets", "site.css")));
        Assert.False(Directory.Exists(Path.Combine(site, "theme")));
    }

    /// <summary>True when the assembly carries precompiled native code (ReadyToRun), so its methods need no JIT at start-up.</summary>
    private static bool IsReadyToRun(string assembly)
    {
        using var reader = new PEReader(File.OpenRead(assembly));
        return reader.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }

    [Fact]
    public void The_packed_tool_installs_and_builds_a_site_folder_that_has_no_theme_of_its_own()
    {
        Assert.True(packed.Pack.Code == 0, packed.Pack.Output);
        using var temp = new TempFolder();
        var tools = temp.Combine("tools");
        var site = SiteWithoutTheme(temp);
        var install = Run("dotnet", temp.Path, "tool", "install", "--tool-path", tools, "--add-source", packed.Dist, "Synapse");
        Assert.True(install.Code == 0, install.Output);

        var build = Run(Path.Combine(tools, OperatingSystem.IsWindows() ? "synapse.exe" : "synapse"), site, "build");

        AssertBuilt(build, site);
    }

    [Fact]
    public void On_linux_x64_the_installed_tool_is_the_ReadyToRun_package()
    {
        Assert.True(packed.Pack.Code == 0, packed.Pack.Output);
        using var temp = new TempFolder();
        var tools = temp.Combine("tools");
        var install = Run("dotnet", temp.Path, "tool", "install", "--tool-path", tools, "--add-source", packed.Dist, "Synapse");
        Assert.True(install.Code == 0, install.Output);

        var installed = Directory.GetFiles(Path.Combine(tools, ".store"), "Synapse.dll", SearchOption.AllDirectories);

        var onLinuxX64 = OperatingSystem.IsLinux() && RuntimeInformation.OSArchitecture == System.Runtime.InteropServices.Architecture.X64;
        var expected = onLinuxX64 ? "linux-x64" : "any";
        var dll = Assert.Single(installed);
        Assert.Contains(Path.Combine("net10.0", expected), dll);
        Assert.Equal(onLinuxX64, IsReadyToRun(dll));
        Assert.Equal(onLinuxX64 ? false : null, TieredCompilation(dll));
    }

    /// <summary>The tiered-compilation setting in the assembly's runtimeconfig.json, or null when it keeps the runtime's default (on).</summary>
    private static bool? TieredCompilation(string assembly)
    {
        using var config = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(assembly, ".runtimeconfig.json")));
        return config.RootElement.GetProperty("runtimeOptions").TryGetProperty("configProperties", out var properties)
            && properties.TryGetProperty("System.Runtime.TieredCompilation", out var value) ? value.GetBoolean() : null;
    }

    [Fact]
    public void The_portable_package_for_other_platforms_runs_with_the_dotnet_host_and_builds_the_site()
    {
        Assert.True(packed.Pack.Code == 0, packed.Pack.Output);
        using var temp = new TempFolder();
        var site = SiteWithoutTheme(temp);
        var package = Path.Combine(packed.Dist, "Synapse.any.1.0.0.nupkg");
        Assert.True(File.Exists(package), string.Join(", ", Directory.GetFiles(packed.Dist).Select(Path.GetFileName)));
        var unpacked = temp.Combine("any");
        ZipFile.ExtractToDirectory(package, unpacked);
        var dll = Path.Combine(unpacked, "tools", "net10.0", "any", "Synapse.dll");
        Assert.False(IsReadyToRun(dll));
        Assert.Null(TieredCompilation(dll));

        var build = Run("dotnet", site, dll, "build");

        AssertBuilt(build, site);
    }
}
