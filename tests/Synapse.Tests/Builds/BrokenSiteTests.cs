using System.Security.Cryptography;
using Synapse.Diagnostics;
using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Builds;

/// <summary>tests/fixtures/broken-site has one of each content error, at known positions.</summary>
public sealed class BrokenSiteTests
{
    /// <summary>The errors in the fixture: rule and file:line:column (the column of the link's '[' or of the bad YAML value).</summary>
    internal static readonly (string Rule, SourceLocation At)[] ExpectedErrors =
    [
        ("front-matter/bad-date", new("input/conditions/bad-date.md", 6, 11)),
        ("front-matter/yaml", new("input/conditions/bad-yaml.md", 3, 17)),
        ("link/missing-page", new("input/neurotransmitters/serotonin.md", 11, 5)),
        ("link/missing-fragment", new("input/neurotransmitters/serotonin.md", 13, 12)),
        ("link/unknown-xref", new("input/neurotransmitters/serotonin.md", 14, 9)),
    ];

    [Fact]
    public void Check_reports_each_error_at_its_file_line_and_column_with_its_rule()
    {
        using var site = new FixtureSite("broken-site");

        var result = site.Check();

        var errors = result.Diagnostics.Where(d => d.IsError).Select(d => (d.Rule, d.Location)).ToList();
        Assert.Equal(ExpectedErrors.Select(e => (e.Rule, e.At)), errors);
        Assert.False(result.Succeeded);
        Assert.False(result.Written);
    }

    [Fact]
    public void Check_messages_name_the_problem_and_print_as_file_line_column_error_rule()
    {
        using var site = new FixtureSite("broken-site");

        var errors = site.Check().Diagnostics.Where(d => d.IsError).ToList();

        Assert.StartsWith("input/neurotransmitters/serotonin.md:11:5: error link/missing-page:", errors.Single(d => d.Rule == "link/missing-page").ToString());
        Assert.Contains("'no-such-heading'", errors.Single(d => d.Rule == "link/missing-fragment").Message);
        Assert.Contains("'no-such-page'", errors.Single(d => d.Rule == "link/unknown-xref").Message);
        Assert.Contains("2026-02-30", errors.Single(d => d.Rule == "front-matter/bad-date").Message);
        Assert.All(errors, d => Assert.False(string.IsNullOrWhiteSpace(d.Hint)));
    }

    [Fact]
    public void Check_writes_nothing()
    {
        using var site = new FixtureSite("broken-site");

        site.Check();

        Assert.False(Directory.Exists(Path.Combine(site.Root, "output")));
    }

    [Fact]
    public void Failed_build_leaves_the_previous_output_byte_for_byte_intact()
    {
        using var good = new FixtureSite("basic-site");
        using var broken = new FixtureSite("broken-site");
        using var temp = new TempFolder();
        var output = temp.Combine("output");
        Assert.True(good.Build(output).Succeeded);
        var before = Snapshot(output);

        var result = broken.Build(output);

        Assert.False(result.Succeeded);
        Assert.False(result.Written);
        Assert.Equal(ExpectedErrors.Length, result.Errors);
        Assert.Equal(before, Snapshot(output));
        Assert.Equal(["output"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Successful_build_replaces_the_previous_output_entirely()
    {
        using var first = new FixtureSite("basic-site");
        using var second = new FixtureSite("override-site");
        using var temp = new TempFolder();
        var output = temp.Combine("output");
        Assert.True(first.Build(output).Succeeded);

        Assert.True(second.Build(output).Succeeded);

        Assert.False(File.Exists(Path.Combine(output, "treatments", "exercise", "index.html")));
        Assert.True(File.Exists(Path.Combine(output, "neurotransmitters", "serotonin", "index.html")));
        Assert.Equal(["output"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    /// <summary>Every file under a folder with the SHA-256 of its bytes, in ordinal path order.</summary>
    private static List<string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/') + " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))))
            .Order(StringComparer.Ordinal).ToList();
}
