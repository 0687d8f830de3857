namespace Synapse.Tests.TestSupport;

/// <summary>Finds the repository root (the folder with statiq.json above the test binaries) and the fixture sites.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Theme => Path.Combine(Root, "theme");

    public static string Fixture(string name) => Path.Combine(Root, "tests", "fixtures", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "statiq.json")) && Directory.Exists(Path.Combine(dir.FullName, "theme")))
                return dir.FullName;
        throw new InvalidOperationException($"No folder with statiq.json and theme/ above {AppContext.BaseDirectory}.");
    }
}
