namespace Synapse.Tests.Search.Oracle;

/// <summary>Finds files of the source tree from the test's output directory.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "tests", "oracle", "package.json"))) return dir.FullName;
        throw new InvalidOperationException(
            $"Cannot find the repository root (a folder with tests/oracle/package.json) above {AppContext.BaseDirectory}.");
    });

    public static string Root => RootPath.Value;

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);
}
