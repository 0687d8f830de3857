using System.Text;
using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Hostile;

/// <summary>One file of tests/hostile/cases: what it expects and the files it lays over the base site.</summary>
internal sealed record HostileCase(string Name, string Proves, IReadOnlyList<(string Rule, string File, int Line)> Errors,
    string? Page, IReadOnlyList<string> Contains, IReadOnlyList<string> Absent,
    IReadOnlyList<(string Path, string Text)> Files, IReadOnlyList<(string Path, string Target)> Symlinks,
    IReadOnlyList<(string Path, string Generator, int Size)> Generated)
{
    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "hostile", "cases");
    public static string BaseSite => Path.Combine(RepoPaths.Root, "tests", "hostile", "_base");

    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(Folder, "*.case").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal);

    public static HostileCase Load(string name)
    {
        var lines = File.ReadAllText(Path.Combine(Folder, name + ".case")).Replace("\r\n", "\n").Split('\n');
        string proves = "";
        string? page = null;
        var errors = new List<(string, string, int)>();
        var contains = new List<string>();
        var absent = new List<string>();
        var files = new List<(string, string)>();
        var links = new List<(string, string)>();
        var generated = new List<(string, string, int)>();
        string? current = null;
        var text = new StringBuilder();
        void Flush()
        {
            if (current is not null) files.Add((current, text.ToString()));
            current = null;
            text.Clear();
        }
        foreach (var line in lines)
        {
            if (line.StartsWith("=== ", StringComparison.Ordinal)) { Flush(); current = line[4..].Trim(); continue; }
            if (current is not null) { text.Append(line).Append('\n'); continue; }
            if (line.StartsWith('#')) proves = (proves + " " + line.TrimStart('#').Trim()).Trim();
            else if (Value(line, "expect-error:") is { } e)
            {
                var parts = e.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var colon = parts[1].LastIndexOf(':');
                errors.Add((parts[0], parts[1][..colon], int.Parse(parts[1][(colon + 1)..])));
            }
            else if (Value(line, "expect-page:") is { } p) page = p;
            else if (Value(line, "expect-contains:") is { } c) contains.Add(c);
            else if (Value(line, "expect-absent:") is { } a) absent.Add(a);
            else if (Value(line, "symlink:") is { } s) { var arrow = s.Split(" -> "); links.Add((arrow[0].Trim(), arrow[1].Trim())); }
            else if (Value(line, "generate:") is { } g) { var parts = g.Split(' ', StringSplitOptions.RemoveEmptyEntries); generated.Add((parts[0], parts[1], int.Parse(parts[2]))); }
            else if (line.Trim().Length > 0) throw new InvalidDataException($"{name}.case: unknown line '{line}'.");
        }
        Flush();
        if (errors.Count == 0 && page is null) throw new InvalidDataException($"{name}.case states neither an expected error nor an expected page.");
        if (proves.Length == 0) throw new InvalidDataException($"{name}.case does not say what it proves.");
        return new HostileCase(name, proves, errors, page, contains, absent, files, links, generated);
    }

    private static string? Value(string line, string key) => line.StartsWith(key, StringComparison.Ordinal) ? line[key.Length..].Trim() : null;

    /// <summary>Lays the case over a copy of the base site in <paramref name="root"/>.</summary>
    public void WriteSite(string root)
    {
        FixtureSite.CopyDirectory(RepoPaths.Theme, Path.Combine(root, "theme"));
        FixtureSite.CopyDirectory(BaseSite, root);
        foreach (var (path, text) in Files)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            // A file whose text ends with the case's own line break keeps it; the separator line before '===' is not part of it.
            File.WriteAllText(full, text.EndsWith("\n\n", StringComparison.Ordinal) ? text[..^1] : text);
        }
        foreach (var (path, generator, size) in Generated)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, Generators[generator](size));
        }
        foreach (var (path, target) in Symlinks)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.CreateSymbolicLink(full, Path.IsPathRooted(target) ? target : Path.Combine(root, target));
        }
    }

    private const string Head = "---\ntitle: Generated\nsummary: A generated page.\n---\n\n";

    /// <summary>Files too large to keep in a case file.</summary>
    public static readonly Dictionary<string, Func<int, string>> Generators = new()
    {
        ["deep-list"] = n => Head + string.Concat(Enumerable.Repeat("- ", n)) + "item\n",
        ["indented-list"] = n => Head + string.Concat(Enumerable.Range(0, n).Select(i => new string(' ', 2 * i) + "- item\n")),
        ["deep-quote"] = n => Head + new string('>', n) + " quoted\n",
        ["deep-yaml-front-matter"] = n => "---\ntitle: Deep\nsummary: " + new string('[', n) + new string(']', n) + "\n---\n\nBody.\n",
        ["deep-yaml-flow"] = n => new string('[', n) + new string(']', n) + "\n",
        ["big-file"] = n => Head + string.Concat(Enumerable.Repeat("Plain words about the brain and its chemical messengers. ", n * 1024 * 1024 / 56 + 1)),
        ["nested-loop-layout"] = n => string.Concat(Enumerable.Range(0, 6).Select(i => $"{{% for i{i} in (1..{n}) %}}")) + "x" + string.Concat(Enumerable.Repeat("{% endfor %}", 6)),
        ["alias-bomb"] = n => "---\ntitle: Bomb\nsummary: A billion laughs.\n" + "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" +
            string.Concat(Enumerable.Range(1, n).Select(i => $"a{i}: &a{i} [" + string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9)) + "]\n")) + "---\n\nBody.\n",
    };
}
