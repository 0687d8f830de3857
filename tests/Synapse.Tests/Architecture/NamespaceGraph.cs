using System.Text.RegularExpressions;

namespace Synapse.Tests.Architecture;

/// <summary>
/// The import graph between the generator's top-level namespaces (Synapse.&lt;Folder&gt;), read from the source: each
/// file's <c>using Synapse.X</c> directives and its qualified references (<c>Checks.ReadingLevel</c>,
/// <c>Synapse.Output.OutputFile</c>). Comments and string literals are ignored.
/// </summary>
internal static partial class NamespaceGraph
{
    public static Dictionary<string, SortedSet<string>> Read(string sourceRoot)
    {
        var files = Directory.EnumerateFiles(sourceRoot, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Select(f => (Text: StripCommentsAndStrings(File.ReadAllText(f)), File: f))
            .Select(x => (x.Text, Namespace: NamespaceOf(x.Text)))
            .Where(x => x.Namespace is not null)
            .ToList();
        var names = files.Select(f => f.Namespace!).ToHashSet(StringComparer.Ordinal);
        var graph = names.ToDictionary(n => n, _ => new SortedSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var (text, ns) in files)
        {
            foreach (Match m in UsingDirective().Matches(text)) Link(graph, ns!, m.Groups[1].Value);
            foreach (Match m in QualifiedReference().Matches(text))
                if (names.Contains(m.Groups[1].Value)) Link(graph, ns!, m.Groups[1].Value);
        }
        return graph;
    }

    /// <summary>Every cycle's members, as "A → B → A" strings; empty when the graph has none.</summary>
    public static List<string> Cycles(Dictionary<string, SortedSet<string>> graph)
    {
        var cycles = new List<string>();
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new List<string>();
        void Visit(string node)
        {
            state[node] = 1;
            stack.Add(node);
            foreach (var next in graph.GetValueOrDefault(node) ?? [])
            {
                if (state.GetValueOrDefault(next) == 1)
                    cycles.Add(string.Join(" → ", stack.Skip(stack.IndexOf(next)).Append(next)));
                else if (state.GetValueOrDefault(next) == 0) Visit(next);
            }
            stack.RemoveAt(stack.Count - 1);
            state[node] = 2;
        }
        foreach (var node in graph.Keys.Order(StringComparer.Ordinal))
            if (state.GetValueOrDefault(node) == 0) Visit(node);
        return cycles;
    }

    private static void Link(Dictionary<string, SortedSet<string>> graph, string from, string to)
    {
        if (from != to && graph.TryGetValue(from, out var edges)) edges.Add(to);
    }

    private static string? NamespaceOf(string text) => FileNamespace().Match(text) is { Success: true } m ? m.Groups[1].Value : null;

    private static string StripCommentsAndStrings(string text) =>
        CommentsAndStrings().Replace(text, m => m.Value.StartsWith('/') ? "" : "\"\"");

    [GeneratedRegex(@"^namespace Synapse\.(\w+)[\w.]*;", RegexOptions.Multiline)] private static partial Regex FileNamespace();
    [GeneratedRegex(@"^using (?:static )?Synapse\.(\w+)[\w.]*;", RegexOptions.Multiline)] private static partial Regex UsingDirective();
    [GeneratedRegex(@"(?<![\w.])(?:Synapse\.)?([A-Z]\w*)\.(?=[A-Z])")] private static partial Regex QualifiedReference();
    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/|@""(?:""""|[^""])*""|"""""".*?""""""|""(?:\\.|[^""\\\n])*""", RegexOptions.Singleline)] private static partial Regex CommentsAndStrings();
}
