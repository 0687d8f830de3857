using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Repository;

/// <summary>
/// The repository's build settings: warnings are errors, a package with a known vulnerability (NU1901–NU1904) fails
/// the restore instead of being exempted, analyzers and code style are checked in every build, and every package
/// version is set once in Directory.Packages.props.
/// </summary>
public sealed class BuildSettingsTests
{
    private static readonly string BuildProps = Path.Combine(RepoPaths.Root, "Directory.Build.props");
    private static readonly string PackagesProps = Path.Combine(RepoPaths.Root, "Directory.Packages.props");

    private static string[] ProjectFiles() =>
        Directory.EnumerateFiles(RepoPaths.Root, "*.csproj", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "node_modules" or "bin" or "obj" or ".git"))
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static IEnumerable<string> Property(XDocument props, string name) =>
        props.Descendants(name).Select(e => e.Value.Trim());

    [Fact]
    public void Warnings_are_errors_audit_is_on_for_every_package_and_no_audit_warning_is_exempted()
    {
        var props = XDocument.Load(BuildProps);

        Assert.Equal(["true"], Property(props, "TreatWarningsAsErrors"));
        Assert.Equal(["true"], Property(props, "NuGetAudit"));
        Assert.Equal(["all"], Property(props, "NuGetAuditMode"));
        Assert.Equal(["low"], Property(props, "NuGetAuditLevel"));
        var exempted = Property(props, "WarningsNotAsErrors").Concat(Property(props, "NoWarn"))
            .SelectMany(v => v.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(code => code.StartsWith("NU19", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(exempted);
    }

    [Fact]
    public void Analyzers_run_at_the_latest_recommended_level_and_the_build_checks_code_style()
    {
        var props = XDocument.Load(BuildProps);

        Assert.Equal(["latest-recommended"], Property(props, "AnalysisLevel"));
        Assert.Equal(["true"], Property(props, "EnforceCodeStyleInBuild"));
        Assert.DoesNotContain("false", Property(props, "RunAnalyzers").Concat(Property(props, "RunAnalyzersDuringBuild")));
        string[] overrides = ["AnalysisLevel", "NoWarn", "WarningsNotAsErrors", "TreatWarningsAsErrors", "RunAnalyzers", "EnforceCodeStyleInBuild"];
        Assert.All(ProjectFiles(), project =>
            Assert.DoesNotContain(XDocument.Load(project).Descendants(), e => overrides.Contains(e.Name.LocalName)));
    }

    [Fact]
    public void Every_rule_switched_off_in_editorconfig_says_why_on_the_line_above()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, ".editorconfig"));
        var off = Enumerable.Range(0, lines.Length)
            .Where(i => lines[i].StartsWith("dotnet_diagnostic.", StringComparison.Ordinal) && lines[i].EndsWith("= none", StringComparison.Ordinal))
            .ToList();

        Assert.All(off, i => Assert.True(i > 0 && lines[i - 1].StartsWith("# ", StringComparison.Ordinal), $".editorconfig:{i + 1}: {lines[i]} has no reason above it"));
    }

    [Fact]
    public void Every_package_version_is_set_once_centrally_and_used_by_a_project()
    {
        var central = XDocument.Load(PackagesProps);
        Assert.Equal(["true"], Property(central, "ManagePackageVersionsCentrally"));
        var versions = central.Descendants("PackageVersion").Select(e => (string)e.Attribute("Include")!).ToList();
        Assert.Equal(versions.Distinct(StringComparer.OrdinalIgnoreCase).Count(), versions.Count);

        var referenced = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var project in ProjectFiles())
        {
            foreach (var reference in XDocument.Load(project).Descendants("PackageReference"))
            {
                var name = (string)reference.Attribute("Include")!;
                Assert.True(reference.Attribute("Version") is null && reference.Element("Version") is null,
                    $"{Path.GetRelativePath(RepoPaths.Root, project)} sets a version for {name}; set it in Directory.Packages.props.");
                Assert.Contains(name, versions, StringComparer.OrdinalIgnoreCase);
                referenced.Add(name);
            }
        }
        Assert.All(versions, v => Assert.True(referenced.Contains(v), $"Directory.Packages.props sets a version for {v}, which no project references."));
    }

    /// <summary>
    /// A throwaway project that imports the repository's Directory.Build.props and references a package that a local
    /// advisory source (served on 127.0.0.1) lists as highly vulnerable: the restore fails with error NU1903.
    /// </summary>
    [Fact]
    public async Task A_package_with_a_known_vulnerability_fails_the_restore()
    {
        using var temp = new TempFolder();
        WriteToyPackage(temp.Combine("feed", "toy.vulnerable.1.0.0.nupkg"));
        await using var advisories = await StartAdvisorySource();
        var source = advisories.Urls.Single();
        temp.Write("project/nuget.config", $"""
            <configuration>
              <packageSources><clear /><add key="local" value="../feed" /></packageSources>
              <auditSources><clear /><add key="advisories" value="{source}/v3/index.json" allowInsecureConnections="true" /></auditSources>
            </configuration>
            """);
        temp.Write("project/Toy.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{BuildProps}" />
              <ItemGroup><PackageReference Include="Toy.Vulnerable" Version="1.0.0" /></ItemGroup>
            </Project>
            """);

        var (code, output) = await Restore(temp.Combine("project"), temp.Combine("packages"), temp.Combine("http-cache"));

        Assert.True(code != 0, "The restore succeeded:\n" + output);
        Assert.Contains("error NU1903", output);
        Assert.Contains("Toy.Vulnerable", output);
    }

    private static void WriteToyPackage(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        using (var nuspec = new StreamWriter(zip.CreateEntry("Toy.Vulnerable.nuspec").Open(), Encoding.UTF8))
        {
            nuspec.Write("""
                <?xml version="1.0" encoding="utf-8"?>
                <package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
                  <metadata><id>Toy.Vulnerable</id><version>1.0.0</version><authors>Synapse tests</authors><description>A package with a planted advisory.</description></metadata>
                </package>
                """);
        }
        zip.CreateEntry("lib/netstandard2.0/_._").Open().Dispose();
    }

    /// <summary>A NuGet V3 service index whose only resource is vulnerability data: Toy.Vulnerable [1.0.0, 2.0.0) is high severity.</summary>
    private static async Task<WebApplication> StartAdvisorySource()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        string Origin() => app.Urls.Single();
        app.MapGet("/v3/index.json", () => Results.Text(
            $$"""{"version":"3.0.0","resources":[{"@id":"{{Origin()}}/vulnerabilities/index.json","@type":"VulnerabilityInfo/6.7.0"}]}""", "application/json"));
        app.MapGet("/vulnerabilities/index.json", () => Results.Text(
            $$"""[{"@name":"base","@id":"{{Origin()}}/vulnerabilities/base.json","@updated":"2025-01-01T00:00:00Z"}]""", "application/json"));
        app.MapGet("/vulnerabilities/base.json", () => Results.Text(
            """{"toy.vulnerable":[{"url":"https://example.org/advisories/toy","severity":2,"versions":"[1.0.0, 2.0.0)"}]}""", "application/json"));
        await app.StartAsync();
        return app;
    }

    /// <summary>`dotnet restore` with its own package folder and HTTP cache, so it reads nothing from and leaves nothing in the user's.</summary>
    private static async Task<(int Code, string Output)> Restore(string folder, string packages, string httpCache)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "restore", "--nologo", "--disable-build-servers" }) start.ArgumentList.Add(arg);
        start.Environment["NUGET_PACKAGES"] = packages;
        start.Environment["NUGET_HTTP_CACHE_PATH"] = httpCache;
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        return (process.ExitCode, await stdout + await stderr);
    }
}
