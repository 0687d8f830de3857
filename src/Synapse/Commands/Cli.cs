using System.CommandLine;
using Synapse.Diagnostics.Formats;
using Synapse.Build;
using Synapse.Site;

namespace Synapse.Commands;

/// <summary>The command line: build (default), preview, check, new, verify. Each verb is a thin call into the builder.</summary>
internal static class Cli
{
    public static int Run(string[] args)
    {
        var parsed = Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) Console.Error.WriteLine("error: " + error.Message);
            Console.Error.WriteLine("Run with --help to see the commands and options.");
            return Reporter.Usage;
        }
        return parsed.Invoke();
    }

    /// <summary>Parses a command line without running it (used to check that documented commands exist).</summary>
    public static ParseResult Parse(string[] args)
    {
        var rootOption = new Option<string>("--root") { Description = "The site folder (with input/, theme/ and statiq.json).", DefaultValueFactory = _ => SiteRoot.Find(Directory.GetCurrentDirectory()) };
        var outputOption = new Option<string?>("--output", "-o") { Description = "Where to write the site (default: output/ in the site folder)." };
        var basePathOption = new Option<string?>("--base-path") { Description = "Path the site is served under, e.g. /sub/ (default: statiq.json basePath or /)." };
        var draftsOption = new Option<bool>("--drafts") { Description = "Include pages with draft: true." };
        var timingsOption = new Option<bool>("--timings") { Description = "Print the time of each phase, output and check on stderr (for profiling)." };
        var forceOption = new Option<bool>("--force") { Description = "Replace the output folder even when it is not empty and Synapse did not make it." };
        var portOption = new Option<int>("--port") { Description = "Port for the preview server.", DefaultValueFactory = _ => 5080 };
        var formatOption = new Option<string>("--format")
        {
            Description = $"How to print problems: {DiagnosticFormats.Names}. Tool formats (github, json, sarif) write the report to stdout.",
            DefaultValueFactory = _ => "human",
        };
        formatOption.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (DiagnosticFormats.Find(value) is null) result.AddError($"Unknown format '{value}'. Use one of: {DiagnosticFormats.Names}.");
        });

        // Relative paths resolve from the folder the command was run in, like any command-line tool.
        BuildOptions Options(ParseResult r, bool write = true) => new(Path.GetFullPath(r.GetValue(rootOption)!))
        {
            Output = r.GetValue(outputOption) is { } o ? Path.GetFullPath(o) : null,
            BasePath = r.GetValue(basePathOption),
            Drafts = r.GetValue(draftsOption),
            Force = r.GetValue(forceOption),
            PrintTimings = r.GetValue(timingsOption),
            Write = write,
        };

        var root = new RootCommand("Synapse builds the Synapse site from input/, theme/ and statiq.json. With no command it builds.");
        root.Options.Add(rootOption);
        foreach (var o in new Option[] { outputOption, basePathOption, draftsOption, forceOption }) root.Options.Add(o);
        root.SetAction(r => BuildCommand.Run(Options(r)));
        IDiagnosticFormat Format(ParseResult r) => DiagnosticFormats.Find(r.GetValue(formatOption)!)!;

        var build = new Command("build", "Build the site into output/ (replaced only when the build succeeds).");
        foreach (var o in new Option[] { rootOption, outputOption, basePathOption, draftsOption, forceOption, formatOption, timingsOption }) build.Options.Add(o);
        build.SetAction(r => BuildCommand.Run(Options(r), Format(r)));

        var check = new Command("check", "Validate everything a build validates, without writing output.");
        var levelsOption = new Option<bool>("--reading-level") { Description = "Also print every article's Flesch–Kincaid grade and SMOG index." };
        foreach (var o in new Option[] { rootOption, basePathOption, draftsOption, levelsOption, formatOption, timingsOption }) check.Options.Add(o);
        check.SetAction(r => CheckCommand.Run(Options(r, write: false), r.GetValue(levelsOption), Format(r)));

        var preview = new Command("preview", "Build, serve on http://localhost:5080, rebuild on changes and reload open pages.");
        foreach (var o in new Option[] { rootOption, outputOption, basePathOption, draftsOption, forceOption, portOption }) preview.Options.Add(o);
        preview.SetAction((r, token) => PreviewCommand.RunAsync(Options(r), r.GetValue(portOption), token));

        var sectionArg = new Argument<string>("section") { Description = "neurotransmitters, treatments, conditions or guides." };
        var slugArg = new Argument<string>("slug") { Description = "File name of the new article, e.g. lithium (lowercase, hyphens)." };
        var @new = new Command("new", "Create input/<section>/<slug>.md from a template with every required front-matter key.");
        @new.Arguments.Add(sectionArg);
        @new.Arguments.Add(slugArg);
        @new.Options.Add(rootOption);
        @new.SetAction(r => NewCommand.Run(r.GetValue(rootOption)!, r.GetValue(sectionArg)!, r.GetValue(slugArg)!));

        var externalOption = new Option<bool>("--external") { Description = "Also check external links (timeouts, retries, per-host rate limit, cache in .cache/)." };
        var verify = new Command("verify", "Check the built site in Chromium: links, assets, console errors, privacy, accessibility, keyboard (runs src/Synapse.Verify).");
        foreach (var o in new Option[] { rootOption, outputOption, basePathOption, externalOption }) verify.Options.Add(o);
        verify.SetAction(r => VerifyCommand.Run(r.GetValue(rootOption)!, r.GetValue(outputOption), r.GetValue(basePathOption), r.GetValue(externalOption)));

        root.Subcommands.Add(build);
        root.Subcommands.Add(check);
        root.Subcommands.Add(preview);
        root.Subcommands.Add(@new);
        root.Subcommands.Add(verify);

        var htmlOption = new Option<string?>("--html") { Description = "Write the report as an HTML page to this file (outside the public site) instead of Markdown on stdout." };
        var report = new Command("report", "Editorial dashboard: per article review status, next review, reading level, words, references and their ages, open problems and last change; what needs attention first.");
        foreach (var o in new Option[] { rootOption, draftsOption, htmlOption }) report.Options.Add(o);
        report.SetAction(r => ReportCommand.Run(Options(r, write: false), r.GetValue(htmlOption)));
        root.Subcommands.Add(report);

        var markdownOption = new Option<bool>("--markdown") { Description = "Print the catalogue as the Markdown table of README.md." };
        var rules = new Command("rules", "List every diagnostic rule: id, default severity, what it applies to, what it finds and how to fix it.");
        rules.Options.Add(markdownOption);
        rules.SetAction(r => RulesCommand.Run(r.GetValue(markdownOption)));
        root.Subcommands.Add(rules);

        return root.Parse(args);
    }
}
