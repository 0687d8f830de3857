using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Synapse.Search.Lunr;

namespace Synapse.Bench.Search;

/// <summary>Runs bench/search/bench-lunr.js: lunr.js builds the same index in one Node process, several times.</summary>
internal static class LunrJs
{
    public static (List<double> TimesMs, List<double> CpuMs, string Json) Build(
        string root, IReadOnlyList<LunrField> fields, IReadOnlyList<(string Ref, IReadOnlyDictionary<string, string?> Fields)> documents, int runs)
    {
        string request = Path.GetTempFileName();
        try
        {
            File.WriteAllText(request, Request(fields, documents), new UTF8Encoding(false));
            string output = Run("node", root, Path.Combine(root, "bench", "search", "bench-lunr.js"), request, runs.ToString());
            using var result = JsonDocument.Parse(output);
            List<double> Numbers(string name) => result.RootElement.GetProperty(name).EnumerateArray().Select(t => t.GetDouble()).ToList();
            return (Numbers("times_ms"), Numbers("cpu_ms"), result.RootElement.GetProperty("json").GetString()!);
        }
        finally
        {
            File.Delete(request);
        }
    }

    public static string NodeVersion() => Run("node", Directory.GetCurrentDirectory(), "--version").Trim();

    private static string Request(IReadOnlyList<LunrField> fields, IReadOnlyList<(string Ref, IReadOnlyDictionary<string, string?> Fields)> documents)
    {
        var sb = new StringBuilder("{\"fields\":[");
        sb.AppendJoin(',', fields.Select(f => $"{{\"name\":{JsJson.QuoteString(f.Name)},\"boost\":{f.Boost}}}"));
        sb.Append("],\"documents\":[");
        sb.AppendJoin(',', documents.Select(d => "{\"ref\":" + JsJson.QuoteString(d.Ref) + ",\"boost\":1,\"fields\":{" +
            string.Join(',', d.Fields.Select(kv => JsJson.QuoteString(kv.Key) + ":" + (kv.Value is null ? "null" : JsJson.QuoteString(kv.Value)))) + "}}"));
        return sb.Append("]}").ToString();
    }

    private static string Run(string program, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {program}.");
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} exited with {process.ExitCode}.");
        return output;
    }
}
