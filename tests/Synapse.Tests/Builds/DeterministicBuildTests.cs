using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Builds;

/// <summary>The same input builds the same output: every file, precompressed copies included, byte for byte.</summary>
public sealed class DeterministicBuildTests
{
    private static SortedDictionary<string, byte[]> Files(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);

    [Fact]
    public void Two_builds_of_one_site_write_the_same_files_with_the_same_bytes()
    {
        using var site = new FixtureSite("basic-site");
        var first = site.NewOutputPath();
        var second = site.NewOutputPath();

        Assert.True(site.Build(first).Written);
        Assert.True(site.Build(second).Written);

        var a = Files(first);
        var b = Files(second);
        Assert.Contains(a.Keys, k => k.EndsWith(".br", StringComparison.Ordinal));
        Assert.Contains(a.Keys, k => k.EndsWith(".gz", StringComparison.Ordinal));
        Assert.Equal(a.Keys, b.Keys);
        foreach (var (path, bytes) in a)
            Assert.True(bytes.AsSpan().SequenceEqual(b[path]), $"{path} differs between two builds");
    }
}
