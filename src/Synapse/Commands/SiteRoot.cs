namespace Synapse.Commands;

/// <summary>Finds the site folder: the nearest folder at or above the current one that has statiq.json or input/.</summary>
internal static class SiteRoot
{
    public static string Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "statiq.json")) || Directory.Exists(Path.Combine(dir.FullName, "input")))
                return dir.FullName;
        return start;
    }
}
