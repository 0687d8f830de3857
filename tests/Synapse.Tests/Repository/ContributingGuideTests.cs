using Synapse.Content;
using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Repository;

/// <summary>CONTRIBUTING.md's front-matter reference lists exactly the keys the generator reads, with the right required ones.</summary>
public sealed class ContributingGuideTests
{
    private static readonly string Guide = File.ReadAllText(Path.Combine(RepoPaths.Root, "CONTRIBUTING.md"));

    /// <summary>Rows of the table under "## Front matter": key → "required" column.</summary>
    private static Dictionary<string, string> FrontMatterTable()
    {
        var section = Guide[Guide.IndexOf("## Front matter", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 5, StringComparison.Ordinal)];
        return section.Split('\n')
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .ToDictionary(cells => cells[1].Trim('`'), cells => cells[3]);
    }

    [Fact]
    public void The_front_matter_table_lists_every_key_the_parser_reads_and_no_other()
    {
        Assert.Equal(FrontMatterParser.CanonicalKeys.Order(StringComparer.Ordinal), FrontMatterTable().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_required_column_matches_the_rules_for_pages_articles_and_treatments()
    {
        var table = FrontMatterTable();

        foreach (var key in FrontMatterRules.Page(3).Required)
            Assert.Equal("every page", table[key]);
        foreach (var key in FrontMatterRules.Article(treatment: false, 3).Required.Except(FrontMatterRules.Page(3).Required))
            Assert.Equal("articles", table[key]);
        Assert.Equal("treatments", table["evidence"]);
        Assert.All(table.Where(r => r.Value.Length > 0), r => Assert.Contains(r.Key, FrontMatterRules.Article(treatment: true, 3).Required.Append("evidence")));
    }

    [Fact]
    public void The_guide_documents_the_two_readme_commands_and_the_readme_points_editors_to_it()
    {
        Assert.Contains("dotnet run --project src/Synapse -- preview", Guide);
        Assert.Contains("./scripts/test.sh", Guide);
        Assert.Contains("CONTRIBUTING.md", File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")));
    }
}
