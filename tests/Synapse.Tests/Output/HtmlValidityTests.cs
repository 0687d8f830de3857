using System.Diagnostics;
using Synapse.Build;
using Synapse.Site;

using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Output;

/// <summary>The built site is valid HTML according to the W3C Nu Html Checker (vnu.jar, installed by scripts/test.sh).</summary>
public sealed class HtmlValidityTests
{
    [Fact]
    public async Task EveryPageOfTheRepositorySitePassesTheNuHtmlCheckerWithoutErrors()
    {
        var root = RepoPaths.Root;
        var jar = Path.Combine(root, "tests", "html-validator", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        Assert.True(File.Exists(jar), $"vnu.jar not found at {jar}: run ./scripts/test.sh, which installs it with npm.");
        var output = Path.Combine(Path.GetTempPath(), "synapse-vnu-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = SiteBuilder.Build(new BuildOptions(root) { Output = output });
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
            Assert.True(Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Count() > 40);

            var start = new ProcessStartInfo("java", ["-jar", jar, "--skip-non-html", "--errors-only", "--format", "gnu", output])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            var report = (stdout + await stderr).Replace("file:" + output, "");
            Assert.True(process.ExitCode == 0, "Nu Html Checker errors:\n" + report);
            Assert.Equal("", report.Trim());
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }
}
