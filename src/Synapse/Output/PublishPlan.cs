using Synapse.Diagnostics;

namespace Synapse.Output;

/// <summary>
/// Guards every planned path before anything is written or served: relative, normalised (forward slashes, no "." or
/// ".." segments), inside the output root, no empty segment, and unique — also when compared without
/// case, as on macOS and Windows disks, and no file where another file needs a folder. A problem is an error at the
/// source the file came from, naming both producers for a collision; the build then writes nothing.
/// </summary>
internal static class PublishPlan
{
    public const string UnsafePath = "output/unsafe-path";
    public const string Collision = "output/path-collision";

    /// <summary>Returns the files whose paths are safe; reports every other one.</summary>
    public static IReadOnlyList<OutputFile> Guard(IReadOnlyList<OutputFile> files, DiagnosticBag bag)
    {
        var safe = new List<OutputFile>(files.Count);
        foreach (var file in files)
        {
            if (Problem(file.Path) is { } problem)
                bag.Error(UnsafePath, At(file), $"{file.Producer} would write '{file.Path}', which {problem}.",
                    "Output paths are site-relative and stay inside the output folder: check the file name, slug or redirect-from value that makes this path.");
            else safe.Add(file);
        }

        var byPath = new Dictionary<string, OutputFile>(safe.Count, StringComparer.OrdinalIgnoreCase);
        var unique = new List<OutputFile>(safe.Count);
        foreach (var file in safe)
        {
            if (byPath.TryGetValue(file.Path, out var first))
            {
                bag.Error(Collision, At(file, first), $"/{file.Path} is produced twice: by {first.Origin} and by {file.Origin}.",
                    "Two files may not share one output path: rename or remove one of the sources, or give one a different slug.");
                continue;
            }
            byPath[file.Path] = file;
            unique.Add(file);
        }
        foreach (var file in unique)
        {
            var slash = file.Path.LastIndexOf('/');
            for (; slash > 0; slash = file.Path.LastIndexOf('/', slash - 1))
                if (byPath.TryGetValue(file.Path[..slash], out var blocker))
                {
                    bag.Error(Collision, At(file, blocker), $"/{blocker.Path} is a file ({blocker.Origin}), but {file.Origin} needs it as a folder for /{file.Path}.",
                        "Rename the file or the folder so that one path is not both.");
                    break;
                }
        }
        return unique;
    }

    /// <summary>Why <paramref name="path"/> is not a safe output path, or null when it is.</summary>
    public static string? Problem(string path)
    {
        if (path.Length == 0) return "is empty";
        if (path.StartsWith('/') || path.StartsWith('\\') || (path.Length > 1 && path[1] == ':')) return "is not relative";
        if (path.Contains('\\')) return "contains a backslash";
        if (path.Any(char.IsControl)) return "contains a control character";
        var segments = path.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (segments[i] is "..") return "leaves the output folder ('..')";
            if (segments[i] is ".") return "has a '.' segment";
            if (segments[i].Length == 0) return "has an empty segment (two slashes, or a slug that is empty)";
        }
        var full = Path.GetFullPath(Path.Combine(Root, path));
        return full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? null : "leaves the output folder";
    }

    private static readonly string Root = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "synapse-plan-root"));

    private static SourceLocation At(OutputFile file, OutputFile? other = null) =>
        file.Source ?? other?.Source ?? SourceLocation.FileOnly(file.Producer.Length > 0 ? $"({file.Producer} output)" : "(output)");
}
