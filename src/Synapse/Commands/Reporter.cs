using Synapse.Diagnostics;
using Synapse.Build;
using Synapse.Site;

namespace Synapse.Commands;

/// <summary>Prints diagnostics (stderr) and the one-line build summary (stdout); maps results to exit codes.</summary>
internal static class Reporter
{
    public const int Ok = 0, ContentErrors = 1, Usage = 2;

    public static int Report(BuildResult result, string verb, string? output, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        stdout ??= Console.Out;
        stderr ??= Console.Error;
        foreach (var d in result.Diagnostics) stderr.WriteLine(d.ToString());
        var time = $"{result.Elapsed.TotalSeconds:0.00} s";
        var counts = $"{result.Errors} error{(result.Errors == 1 ? "" : "s")}, {result.Warnings} warning{(result.Warnings == 1 ? "" : "s")}" + (result.Infos > 0 ? $", {result.Infos} info" : "");
        if (!result.Succeeded)
            stdout.WriteLine($"{verb} failed: {counts} in {time}." + (verb == "build" ? " The previous output was left untouched." : ""));
        else if (result.Written)
            stdout.WriteLine($"Built {result.PageCount} pages ({result.FileCount} files) in {time}: {counts}. Output: {output}");
        else
            stdout.WriteLine($"Checked {result.PageCount} pages in {time}: {counts}.");
        return result.Succeeded ? Ok : ContentErrors;
    }
}
