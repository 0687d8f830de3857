using System.Diagnostics;
using System.Text.RegularExpressions;
using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Preview;

/// <summary>The real `synapse preview` process stops within a second, with exit code 0, on Ctrl+C (SIGINT) and on SIGTERM, closing open event streams.</summary>
public sealed partial class PreviewSignalTests
{
    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task Preview_stops_within_one_second_with_exit_code_0_and_closes_event_streams(string signal)
    {
        using var site = new FixtureSite("basic-site");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "Synapse.dll"), "preview", "--root", site.Root, "--port", "0" }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        try
        {
            _ = process.StandardError.ReadToEndAsync();
            var url = await ServingUrl(process.StandardOutput).WaitAsync(TimeSpan.FromSeconds(60));
            using var client = new HttpClient();
            Assert.Contains("/_synapse/live.js", await client.GetStringAsync(url + "neurotransmitters/serotonin/"));
            var origin = new Uri(url).GetLeftPart(UriPartial.Authority);
            using var events = new StreamReader(await client.GetStreamAsync(origin + "/_synapse/events"));
            Assert.Equal("event: connected", await events.ReadLineAsync());
            var rest = events.ReadToEndAsync();

            var clock = Stopwatch.StartNew();
            using (var kill = Process.Start("kill", ["-" + signal, process.Id.ToString()])) await kill.WaitForExitAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            var stoppedIn = clock.Elapsed;

            Assert.Equal(0, process.ExitCode);
            Assert.True(stoppedIn < TimeSpan.FromSeconds(1), $"stopped in {stoppedIn.TotalMilliseconds:0} ms");
            await rest.WaitAsync(TimeSpan.FromSeconds(2));
            Assert.False(Directory.Exists(Path.Combine(site.Root, "output")));
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }

    private static async Task<string> ServingUrl(StreamReader stdout)
    {
        for (var line = await stdout.ReadLineAsync(); line is not null; line = await stdout.ReadLineAsync())
            if (ServingLine().Match(line) is { Success: true } m) return m.Groups[1].Value;
        throw new InvalidOperationException("preview ended without serving");
    }

    [GeneratedRegex(@"^Serving (http://\S+/) ")]
    private static partial Regex ServingLine();
}
