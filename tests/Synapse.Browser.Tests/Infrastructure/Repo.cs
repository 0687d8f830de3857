namespace Synapse.Browser.Tests.Infrastructure;

/// <summary>Paths in the repository the tests run from: the root is the nearest folder above the test binaries with statiq.json.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string BrokenSite => Path.Combine(Root, "tests", "fixtures", "broken-a11y-site");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "statiq.json"))) return dir.FullName;
        throw new InvalidOperationException($"No statiq.json above {AppContext.BaseDirectory}: run the tests from inside the repository.");
    }
}
