using Synapse.Build;
using Synapse.Site;

namespace Synapse.Tests.TestSupport;

/// <summary>
/// A fixture site laid out in a temp folder the way a real site is: the repository's theme/, and the fixture's
/// statiq.json and input/ (from tests/fixtures/&lt;name&gt;/).
/// </summary>
internal sealed class FixtureSite : IDisposable
{
    public static readonly DateOnly Today = new(2026, 11, 26);

    private readonly TempFolder _temp = new();

    public FixtureSite(string name)
    {
        Name = name;
        Root = _temp.Combine("site");
        CopyDirectory(RepoPaths.Theme, Path.Combine(Root, "theme"));
        CopyDirectory(Path.Combine(RepoPaths.Fixture(name), "input"), Path.Combine(Root, "input"));
        File.Copy(Path.Combine(RepoPaths.Fixture(name), "statiq.json"), Path.Combine(Root, "statiq.json"));
    }

    public string Name { get; }

    /// <summary>Writes a file into the site (path relative to the site folder, e.g. input/conditions/x.md).</summary>
    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
    public string Root { get; }

    /// <summary>A folder (not yet created) next to the site for build output.</summary>
    public string NewOutputPath() => _temp.Combine("out-" + Guid.NewGuid().ToString("N")[..8]);

    public BuildResult Build(string output, Func<BuildOptions, BuildOptions>? configure = null)
    {
        var options = new BuildOptions(Root) { Output = output, Today = Today };
        return SiteBuilder.Build(configure is null ? options : configure(options));
    }

    public BuildResult Check() => SiteBuilder.Build(new BuildOptions(Root) { Write = false, Today = Today });

    public static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)), overwrite: true);
    }

    public void Dispose() => _temp.Dispose();
}
