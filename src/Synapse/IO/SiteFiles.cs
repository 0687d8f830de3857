using Synapse.Diagnostics;

namespace Synapse.IO;

/// <summary>
/// How the build finds files under the site folder without being led out of it. Symbolic links are never followed out
/// of the site folder; a link to a file or folder inside it is followed only when statiq.json says
/// <c>"followSymlinks": true</c>. <see cref="CheckLinks"/> reports every link the build will not follow, so a build
/// with such a link writes nothing; the enumerations skip those links so that nothing outside is ever read.
/// </summary>
internal static class SiteFiles
{
    public const string Outside = "io/symlink-outside";
    public const string NotAllowed = "io/symlink-not-allowed";
    public const string Broken = "io/broken-link";

    /// <summary>Reports every symbolic link in input/, theme/ and statiq.json that the build does not follow.</summary>
    public static void CheckLinks(SitePaths paths, bool followInside, DiagnosticBag bag)
    {
        var root = paths.Root;
        var settings = Path.Combine(root, "statiq.json");
        var entries = new List<FileSystemInfo>();
        if (new FileInfo(settings) is { LinkTarget: not null } link) entries.Add(link);
        foreach (var folder in new[] { paths.Input, paths.Theme })
            if (Directory.Exists(folder) && new DirectoryInfo(folder).LinkTarget is null) Walk(new DirectoryInfo(folder), entries);
            else if (Directory.Exists(folder) || File.Exists(folder)) entries.Add(new DirectoryInfo(folder));
        foreach (var entry in entries.Where(e => e.LinkTarget is not null))
        {
            var at = SourceLocation.FileOnly(paths.Relative(entry.FullName));
            var target = Target(entry);
            if (target is null)
                bag.Error(Broken, at, $"The link points to '{entry.LinkTarget}', which does not exist.", "Remove the link or point it at a file inside the site folder.");
            else if (!IsInside(target, root))
                bag.Error(Outside, at, $"The link points outside the site folder ('{entry.LinkTarget}'); the build never follows links out of the site, so nothing of it is read or published.",
                    "Copy the file into the site folder instead of linking to it.");
            else if (!followInside)
                bag.Error(NotAllowed, at, $"The link points to '{entry.LinkTarget}'; links inside the site are followed only when statiq.json allows it.",
                    "Copy the file, or add \"followSymlinks\": true to statiq.json.");
        }
    }

    /// <summary>Every file under <paramref name="folder"/>, following only links that stay inside <paramref name="root"/> (and only when allowed).</summary>
    public static IEnumerable<string> Enumerate(string folder, string root, bool followInside, string pattern = "*", bool recursive = true)
    {
        if (!Directory.Exists(folder) || !Allowed(new DirectoryInfo(folder), root, followInside)) yield break;
        var pending = new Stack<(DirectoryInfo Dir, int Depth)>([(new DirectoryInfo(folder), 0)]);
        var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = 0, RecurseSubdirectories = false };
        while (pending.Count > 0)
        {
            var (dir, depth) = pending.Pop();
            var entries = dir.EnumerateFileSystemInfos("*", options).OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
            foreach (var entry in entries)
            {
                if (entry.LinkTarget is not null && !Allowed(entry, root, followInside)) continue;
                var isDir = entry is DirectoryInfo || (entry.LinkTarget is not null && Target(entry) is DirectoryInfo);
                if (isDir)
                {
                    // A followed folder link can make a cycle: stop at a depth no real site reaches.
                    if (recursive && depth < 64) pending.Push((new DirectoryInfo(entry.FullName), depth + 1));
                }
                else if (pattern == "*" || entry.Name.EndsWith(pattern.TrimStart('*'), StringComparison.OrdinalIgnoreCase))
                    yield return entry.FullName;
            }
        }
    }

    /// <summary>True when a single file may be read: it exists, and is not a link or is a link the build follows.</summary>
    public static bool IsReadable(string file, string root, bool followInside = false)
    {
        var info = new FileInfo(file);
        if (info.LinkTarget is null) return info.Exists;
        return Allowed(info, root, followInside) && Target(info) is FileInfo { Exists: true };
    }

    private static bool Allowed(FileSystemInfo entry, string root, bool followInside) =>
        entry.LinkTarget is null || (followInside && Target(entry) is { } target && IsInside(target, root));

    private static FileSystemInfo? Target(FileSystemInfo link)
    {
        try
        {
            var target = link.ResolveLinkTarget(returnFinalTarget: true);
            return target is { Exists: true } ? target : null;
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

    private static bool IsInside(FileSystemInfo target, string root)
    {
        var full = Path.GetFullPath(target.FullName);
        var prefix = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return full.StartsWith(prefix, StringComparison.Ordinal);
    }

    private static void Walk(DirectoryInfo dir, List<FileSystemInfo> into)
    {
        var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = 0 };
        foreach (var entry in dir.EnumerateFileSystemInfos("*", options))
        {
            if (entry.LinkTarget is not null) into.Add(entry);
            else if (entry is DirectoryInfo sub) Walk(sub, into);
        }
    }
}
