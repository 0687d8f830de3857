using System.Diagnostics;
using System.Text;

namespace Synapse.Tests.Search.Oracle;

/// <summary>Finds programs on PATH and runs them with UTF-8 stdin/stdout, failing loudly.</summary>
internal static class ExternalTool
{
    public static string Find(string name, string environmentOverride, string installHint)
    {
        string? configured = Environment.GetEnvironmentVariable(environmentOverride);
        if (!string.IsNullOrEmpty(configured))
            return File.Exists(configured)
                ? configured
                : throw new InvalidOperationException($"{environmentOverride}={configured} does not exist.");
        string[] extensions = OperatingSystem.IsWindows() ? [".exe", ".cmd", ".bat"] : [""];
        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
            foreach (string ext in extensions)
            {
                if (dir.Length == 0) continue;
                string candidate = Path.Combine(dir, name + ext);
                if (File.Exists(candidate)) return candidate;
            }
        throw new InvalidOperationException(
            $"'{name}' was not found on PATH (or in {environmentOverride}). {installHint}");
    }

    public static string Run(string program, IEnumerable<string> arguments, string workingDirectory, string? stdin = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = stdin is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        if (stdin is not null) start.StandardInputEncoding = new UTF8Encoding(false);
        foreach (string argument in arguments) start.ArgumentList.Add(argument);

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
            process.StandardInput.Close();
        }
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"{Path.GetFileName(program)} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{stderr.Result}");
        return stdout.Result;
    }
}
