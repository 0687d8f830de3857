using System.Runtime.CompilerServices;

namespace Synapse.Tests.Citations;

/// <summary>
/// Reads Markdig-style spec files: a heading or text introduces each example, then a fenced "example" block holding
/// Markdown, a line with a single '.', and the expected HTML.
/// </summary>
internal static class SpecFile
{
    private const string Fence = "````````````````````````````````";

    public static IEnumerable<object[]> Examples(string fileName, [CallerFilePath] string callerPath = "")
    {
        var text = File.ReadAllText(Locate(fileName, callerPath)).ReplaceLineEndings("\n");
        var lines = text.Split('\n');
        var title = "";
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("## ", StringComparison.Ordinal)) title = lines[i][3..].Trim();
            if (lines[i] != Fence + " example") continue;
            var markdown = new List<string>();
            var html = new List<string>();
            var target = markdown;
            for (i++; i < lines.Length && lines[i] != Fence; i++)
            {
                if (lines[i] == "." && target == markdown) target = html;
                else target.Add(lines[i]);
            }
            yield return [title, string.Join('\n', markdown) + "\n", string.Join('\n', html) + "\n"];
        }
    }

    private static string Locate(string fileName, string callerPath)
    {
        var next = Path.Combine(Path.GetDirectoryName(callerPath) ?? "", "Specs", fileName);
        if (File.Exists(next)) return next;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Synapse.Tests", "Citations", "Specs", fileName);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"Spec file {fileName} not found next to {callerPath}.");
    }
}
