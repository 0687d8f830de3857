using System.Security.Cryptography;
using System.Text;
using Synapse.Diagnostics;

namespace Synapse.Output;

/// <summary>
/// Keeps the output folder from destroying anything: it may not be the site folder, hold it, or lie inside input/,
/// theme/ or src/; an existing non-empty folder is replaced only when Synapse made it (a marker file) or with --force.
/// Builds into one folder take turns (a lock file), and the next build removes staging folders a killed build left.
/// </summary>
internal static class OutputFolder
{
    public const string UnsafeRule = "output/unsafe-folder";
    public const string NotOursRule = "output/not-synapse-folder";
    public const string LockedRule = "output/locked";
    /// <summary>The marker written into every output folder Synapse creates.</summary>
    public const string MarkerName = ".synapse-output";
    public const string MarkerText = "This folder is written by Synapse and replaced as a whole by every build.\n";
    /// <summary>The site's own folders, which an output folder may not lie inside.</summary>
    private static readonly string[] SiteFolders = ["input", "theme", "src", ".git"];

    /// <summary>How long a build waits for another build into the same folder before it stops.</summary>
    public static TimeSpan LockWait { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>Reports why the build may not write <paramref name="output"/>; nothing is touched.</summary>
    public static void Check(string siteRoot, string output, bool force, DiagnosticBag bag)
    {
        var root = Full(siteRoot);
        var target = Full(output);
        var at = SourceLocation.FileOnly(Display(root, target));
        if (target == root)
            bag.Error(UnsafeRule, at, "The output folder is the site folder itself; building would replace input/, theme/ and statiq.json.", "Build into output/ (the default) or a folder outside the site.");
        else if (IsInside(root, target))
            bag.Error(UnsafeRule, at, "The output folder contains the site folder; building would replace it.", "Build into output/ (the default) or a folder outside the site.");
        else if (SiteFolders.Select(f => Path.Combine(root, f)).FirstOrDefault(f => target == f || IsInside(target, f)) is { } inside)
            bag.Error(UnsafeRule, at, $"The output folder is inside {Path.GetFileName(inside)}/; building would replace the site's own files.", "Build into output/ (the default) or a folder outside input/, theme/ and src/.");
        else if (!force && Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !File.Exists(Path.Combine(target, MarkerName)))
            bag.Error(NotOursRule, at, $"The output folder is not empty and was not made by Synapse (it has no {MarkerName} file); building would delete what is in it.",
                "Choose an empty or new folder, or add --force to replace this folder's contents.");
    }

    /// <summary>Holds the lock for one output folder; released on dispose. Waits for another build, then stops with a reason.</summary>
    public static FileStream Lock(string output)
    {
        var target = Full(output);
        var folder = Path.Combine(Path.GetTempPath(), "synapse-locks");
        Directory.CreateDirectory(folder);
        var name = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(target)))[..24] + ".lock";
        var deadline = DateTime.UtcNow + LockWait;
        while (true)
        {
            try
            {
                var stream = new FileStream(Path.Combine(folder, name), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                stream.SetLength(0);
                stream.Write(Encoding.UTF8.GetBytes($"{Environment.ProcessId} {target}\n"));
                stream.Flush();
                return stream;
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(100);
            }
            catch (IOException)
            {
                throw new OutputLockedException(target);
            }
        }
    }

    /// <summary>Removes staging and old folders of <paramref name="output"/> left by a killed build (call while holding the lock).</summary>
    public static void RemoveStale(string output)
    {
        var target = Full(output);
        var parent = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(parent)) return;
        var name = Path.GetFileName(target);
        foreach (var dir in Directory.EnumerateDirectories(parent, $".{name}.staging-*").Concat(Directory.EnumerateDirectories(parent, $"{name}.old-*")))
        {
            try { Directory.Delete(dir, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }

    private static string Full(string path) => Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);

    /// <summary>True when <paramref name="inner"/> lies strictly inside <paramref name="outer"/> (trailing-separator comparison).</summary>
    private static bool IsInside(string inner, string outer) => inner.StartsWith(outer + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string Display(string root, string target) =>
        target == root ? "." : IsInside(target, root) ? Path.GetRelativePath(root, target).Replace('\\', '/') + "/" : target;
}

/// <summary>Another build held the output folder's lock for longer than <see cref="OutputFolder.LockWait"/>.</summary>
internal sealed class OutputLockedException(string output)
    : IOException($"Another build is writing '{output}' and did not finish in time; try again when it has finished.");
