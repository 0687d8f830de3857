using System.CommandLine;
using Synapse.Commands;
using Synapse.Configuration;
using Synapse.Diagnostics;
using Synapse.Build;
using Synapse.Site;
using Synapse.Verify.Browser;
using Synapse.Verify.ExternalLinks;

namespace Synapse.Verify;

/// <summary>
/// `verify`: serves a built site (building it first when the output folder has no index.html), checks every page in
/// Chromium — links and #fragments, assets, console errors, requests to other hosts, axe (WCAG 2.2 AA) in four view
/// modes, keyboard use, reflow at 320 px — and, with --external, the external links. Prints one block per page with
/// the Markdown source to fix. Exit codes: 0 no problems, 1 problems found, 2 usage or setup error.
/// </summary>
internal static class VerifyTool
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var rootOption = new Option<string?>("--root") { Description = "The site folder (with input/, theme/ and statiq.json). Default: the nearest one above the current folder." };
        var outputOption = new Option<string?>("--output", "-o") { Description = "The built site to check (default: output/ in the site folder; built first if it has no index.html)." };
        var basePathOption = new Option<string?>("--base-path") { Description = "Path the site is served under (default: statiq.json basePath)." };
        var externalOption = new Option<bool>("--external") { Description = "Also check external links (with timeouts, retries, a per-host rate limit and a cache in .cache/external-links.json)." };
        var command = new RootCommand("Checks a built Synapse site in a real browser: links, assets, console errors, privacy, accessibility and keyboard use.");
        foreach (var o in new Option[] { rootOption, outputOption, basePathOption, externalOption }) command.Options.Add(o);

        var parsed = command.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) stderr.WriteLine("error: " + error.Message);
            stderr.WriteLine("Usage: verify [--root DIR] [--output DIR] [--base-path PATH] [--external]");
            return Reporter.Usage;
        }
        if (parsed.Action is not null && args.Any(a => a is "-h" or "--help" or "-?"))
            return await parsed.InvokeAsync();

        var root = Path.GetFullPath(parsed.GetValue(rootOption) ?? SiteRoot.Find(Directory.GetCurrentDirectory()));
        var outputArg = parsed.GetValue(outputOption);
        var output = Path.GetFullPath(outputArg ?? Path.Combine(root, "output"));
        var settings = SettingsLoader.Load(root, new DiagnosticBag(), parsed.GetValue(basePathOption));

        if (!File.Exists(Path.Combine(output, "index.html")))
        {
            if (!Directory.Exists(Path.Combine(root, "input")))
            {
                stderr.WriteLine($"error: {output} has no index.html and {root} has no input/ to build it from.");
                return Reporter.Usage;
            }
            stderr.WriteLine($"No built site in {output}: building it first.");
            var build = SiteBuilder.Build(new BuildOptions(root) { Output = output, BasePath = parsed.GetValue(basePathOption) });
            Reporter.Report(build, "build", output, stderr, stderr);
            if (!build.Succeeded) return Reporter.ContentErrors;
        }

        VerifyResult result;
        try
        {
            await using var site = await LocalSite.StartAsync(output, settings.BasePath);
            var (playwright, browser) = await Chromium.LaunchAsync();
            using (playwright)
            await using (browser)
                result = await new SiteVerifier(browser, site.Url, output, new VerifyOptions { Trace = Environment.GetEnvironmentVariable("SYNAPSE_VERIFY_TRACE") == "1" ? stderr.WriteLine : null }).RunAsync();
        }
        catch (InvalidOperationException e)
        {
            stderr.WriteLine("error: " + e.Message);
            return Reporter.Usage;
        }

        var findings = result.Findings.ToList();
        if (parsed.GetValue(externalOption))
            findings.AddRange(await CheckExternalAsync(result, Path.Combine(root, ".cache", "external-links.json"), stderr));

        VerifyReport.Write(stdout, findings, new SourceLocator(root));
        stdout.WriteLine(VerifyReport.Summary(result.Pages.Count, findings, result.Elapsed));
        return findings.Count == 0 ? Reporter.Ok : Reporter.ContentErrors;
    }

    /// <summary>Checks the external links the crawl found; one finding per linking page for each broken one.</summary>
    public static async Task<IReadOnlyList<Finding>> CheckExternalAsync(VerifyResult result, string cachePath, TextWriter log, ExternalLinkOptions? options = null)
    {
        options = (options ?? new ExternalLinkOptions()) with { CachePath = cachePath };
        using var checker = new ExternalLinkChecker(options);
        log.WriteLine($"Checking {result.ExternalLinks.Count} external links (cache: {cachePath}).");
        var checkedLinks = await checker.CheckAllAsync(result.ExternalLinks);
        IgnoreCacheFolder(cachePath);
        return checkedLinks.Where(r => !r.Ok)
            .SelectMany(r => result.ExternalLinkPages.GetValueOrDefault(r.Url, []).Select(page =>
                new Finding(page, FindingCodes.ExternalBroken, $"External link {r.Url} is broken: {r.Reason}.") { Target = r.Url }))
            .ToList();
    }

    /// <summary>Keeps the cache out of git without touching the repository's .gitignore.</summary>
    private static void IgnoreCacheFolder(string cachePath)
    {
        var ignore = Path.Combine(Path.GetDirectoryName(cachePath)!, ".gitignore");
        if (!File.Exists(ignore)) File.WriteAllText(ignore, "*\n");
    }
}
