using Synapse.Diagnostics;
using Synapse.Diagnostics.Formats;
using Synapse.Build;
using Synapse.Site;

namespace Synapse.Commands;

/// <summary>
/// Prints diagnostics and the one-line build summary; maps results to exit codes. In the default (human) format the
/// diagnostics go to stderr and the summary to stdout; in a tool format (github, json, sarif) the report is the whole
/// of stdout and the summary goes to stderr.
/// </summary>
internal static class Reporter
{
    public const int Ok = 0, ContentErrors = 1, Usage = 2;

    public static int Report(BuildResult result, string verb, string? output, TextWriter? stdout = null, TextWriter? stderr = null,
        IDiagnosticFormat? format = null, string? siteRoot = null, string? repositoryUrl = null)
    {
        stdout ??= Console.Out;
        stderr ??= Console.Error;
        format ??= new HumanFormat();
        var human = format is HumanFormat;
        var report = new DiagnosticReport(result.Diagnostics, verb, result.Succeeded) { SiteRoot = siteRoot, RepositoryUrl = repositoryUrl };
        format.Write(report, Checks.RuleCatalogue.Describe, human ? stderr : stdout);
        var time = $"{result.Elapsed.TotalSeconds:0.00} s";
        var counts = $"{result.Errors} error{(result.Errors == 1 ? "" : "s")}, {result.Warnings} warning{(result.Warnings == 1 ? "" : "s")}" + (result.Infos > 0 ? $", {result.Infos} info" : "");
        var summaryTo = human ? stdout : stderr;
        if (!result.Succeeded)
            summaryTo.WriteLine($"{verb} failed: {counts} in {time}." + (verb == "build" ? " The previous output was left untouched." : ""));
        else if (result.Written)
            summaryTo.WriteLine($"Built {result.PageCount} pages ({result.FileCount} files) in {time}: {counts}. Output: {output}");
        else
            summaryTo.WriteLine($"Checked {result.PageCount} pages in {time}: {counts}.");
        return result.Succeeded ? Ok : ContentErrors;
    }

}
