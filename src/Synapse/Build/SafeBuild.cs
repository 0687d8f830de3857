using System.Diagnostics;
using System.Text.RegularExpressions;
using Synapse.Diagnostics;
using Synapse.Output;

namespace Synapse.Build;

/// <summary>
/// The commands' way into the builder: an I/O error that no stage turned into a diagnostic (a file that vanished, a
/// permission, a full disk) still becomes a diagnostic naming the file, never a stack trace.
/// </summary>
internal static partial class SafeBuild
{
    public const string Rule = "io/error";

    public static BuildResult Run(BuildOptions options, Action<string>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        try { return SiteBuilder.Build(options, progress); }
        catch (Exception ex) when (Unwrap(ex) is IOException or UnauthorizedAccessException)
        {
            var io = Unwrap(ex);
            if (io is OutputLockedException)
                return new BuildResult([new Diagnostic(OutputFolder.LockedRule, Severity.Error, SourceLocation.FileOnly(Relative(options.Root, options.OutputDir)), io.Message,
                    "Wait for the other build (or preview) to finish, or build into another folder with --output.")], 0, 0, clock.Elapsed, false);
            var file = QuotedPath().Match(io.Message) is { Success: true } m ? Relative(options.Root, m.Groups[1].Value) : "(site)";
            var diagnostic = new Diagnostic(Rule, Severity.Error, SourceLocation.FileOnly(file), $"The build could not read or write a file: {io.Message}",
                "Check that the file exists, that the build may read it (and write the output folder), and that the disk is not full.");
            return new BuildResult([diagnostic], 0, 0, clock.Elapsed, false);
        }
    }

    private static Exception Unwrap(Exception ex) => ex is AggregateException { InnerExceptions.Count: > 0 } agg ? Unwrap(agg.InnerExceptions[0]) : ex;

    private static string Relative(string root, string path)
    {
        var full = Path.GetFullPath(path);
        var rootFull = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return full.StartsWith(rootFull, StringComparison.Ordinal) ? full[rootFull.Length..].Replace('\\', '/') : full;
    }

    [GeneratedRegex("'([^']+)'")]
    private static partial Regex QuotedPath();
}
