using System.Text.RegularExpressions;
using Synapse.Checks;
using Synapse.Commands;
using Synapse.Diagnostics;
using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Checks;

public sealed partial class RuleCatalogueTests
{
    private static readonly IReadOnlyList<Rule> Catalogue = RuleCatalogue.For(CheckRegistry.Default());

    /// <summary>Rule ids written in the generator's source (string literals and rule-id constants), outside the browser verifier.</summary>
    private static HashSet<string> RuleIdsInSource() =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src", "Synapse"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Verify{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .SelectMany(f => RuleLiteral().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Every_rule_the_generator_reports_has_one_catalogue_entry_and_every_entry_is_reported_somewhere()
    {
        var ids = Catalogue.Select(r => r.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var inSource = RuleIdsInSource();
        Assert.Empty(inSource.Except(ids).Order());
        Assert.Empty(ids.Except(inSource).Order());
    }

    [Fact]
    public void Every_catalogue_entry_has_a_description_a_hint_and_what_it_applies_to()
    {
        Assert.True(Catalogue.Count >= 60);
        Assert.All(Catalogue, r =>
        {
            Assert.Matches("^[a-z]+(-[a-z]+)*/[a-z0-9]+(-[a-z0-9]+)*$", r.Id);
            Assert.False(string.IsNullOrWhiteSpace(r.Description), r.Id);
            Assert.False(string.IsNullOrWhiteSpace(r.Hint), r.Id);
            Assert.False(string.IsNullOrWhiteSpace(r.AppliesTo), r.Id);
        });
    }

    [Fact]
    public void The_readme_rule_table_is_the_catalogue()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var start = readme.IndexOf("<!-- rules:start -->\n", StringComparison.Ordinal) + "<!-- rules:start -->\n".Length;
        var end = readme.IndexOf("<!-- rules:end -->", StringComparison.Ordinal);
        Assert.True(start > 20 && end > start, "README.md has no rules table between <!-- rules:start --> and <!-- rules:end -->.");
        Assert.Equal(RuleCatalogue.MarkdownTable(Catalogue), readme[start..end]);
    }

    [Fact]
    public void The_rules_command_prints_every_rule_with_its_default_severity_and_hint()
    {
        using var stdout = new StringWriter();
        Assert.Equal(Reporter.Ok, RulesCommand.Run(markdown: false, stdout));
        var text = stdout.ToString();
        foreach (var rule in Catalogue)
        {
            Assert.Matches($@"(?m)^{Regex.Escape(rule.Id)}\s+{Diagnostic.SeverityName(rule.DefaultSeverity)}\s", text);
            Assert.Contains("fix: " + rule.Hint, text);
        }
        Assert.Contains($"{Catalogue.Count} rules.", text);
    }

    [Fact]
    public void Default_severities_in_the_catalogue_match_what_the_checks_report()
    {
        using var site = new FixtureSite("broken-site");
        var result = site.Check();
        var byId = Catalogue.ToDictionary(r => r.Id);
        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.Equal(byId[d.Rule].DefaultSeverity, d.Severity));
    }

    /// <summary>Any "family/name" string literal that is not a media type or a path.</summary>
    [GeneratedRegex(@"""((?!(?:application|text|image|font|theme|treatments|input)/)[a-z]+(?:-[a-z]+)*/[a-z0-9]+(?:-[a-z0-9]+)*)""")]
    private static partial Regex RuleLiteral();
}
