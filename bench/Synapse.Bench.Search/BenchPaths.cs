namespace Synapse.Bench.Search;

internal static class BenchPaths
{
    public static string RepositoryRoot()
    {
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "bench", "search", "make-corpus.py"))) return dir.FullName;
        throw new InvalidOperationException("Run from inside the repository (bench/search/make-corpus.py not found).");
    }
}
