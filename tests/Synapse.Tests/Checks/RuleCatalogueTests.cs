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

    /// <summary>
    /// Rule ids that a line of test code asserts firing: the id as a whole word (a literal "rule/id", or inside an
    /// expected text such as "error rule/id:" or "file:7:3 rule/id"), on a line that is not a negative assertion
    /// (Assert.Empty, DoesNotContain), does not turn the rule off, and does not make a diagnostic or rule by hand.
    /// </summary>
    internal static HashSet<string> RulesAssertedFiring(string testSource, IReadOnlyCollection<string> ids) =>
        testSource.Split('\n')
            .Where(line => !NegativeAssertion().IsMatch(line))
            .SelectMany(line => ids.Where(id => line.Contains(id, StringComparison.Ordinal) && Regex.IsMatch(line, $@"(?<!\bnew(\s+(Diagnostic|Rule))?\(\s*"")(?<![\w/-]){Regex.Escape(id)}(?![\w/-])")))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Where a test states that a rule fires: the test sources (not this file) and the hostile corpus's expect-error lines.</summary>
    private static HashSet<string> RulesWithAFiringTest(IReadOnlyCollection<string> ids)
    {
        var tests = Path.Combine(RepoPaths.Root, "tests", "Synapse.Tests");
        var sources = Directory.EnumerateFiles(tests, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(tests, f).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Where(f => Path.GetFileName(f) != nameof(RuleCatalogueTests) + ".cs");
        var fired = sources.SelectMany(f => RulesAssertedFiring(File.ReadAllText(f), ids)).ToHashSet(StringComparer.Ordinal);
        fired.UnionWith(Hostile.HostileCase.Names().SelectMany(name => Hostile.HostileCase.Load(name).Errors.Select(e => e.Rule)));
        return fired;
    }

    [Fact]
    public void Every_rule_in_the_catalogue_has_a_test_that_asserts_it_fires()
    {
        var ids = Catalogue.Select(r => r.Id).ToList();

        var untested = ids.Except(RulesWithAFiringTest(ids)).Order(StringComparer.Ordinal).ToList();

        Assert.True(untested.Count == 0,
            $"No test asserts that these rules fire: {string.Join(", ", untested)}. Add a test that breaks the rule and asserts " +
            "the diagnostic by its id (next to the tests of its stage or check), or a tests/hostile case with 'expect-error: <rule> <file>:<line>'.");
    }

    [Fact]
    public void The_firing_test_scan_counts_assertions_of_a_rule_and_ignores_negative_ones_and_hand_made_diagnostics()
    {
        string[] ids = ["bib/io", "bib/json", "bib/yaml", "content/orphan", "link/missing-page", "output/locked", "content/wording"];
        const string source = """"
            Assert.Equal(("bib/io", true), (d.Rule, d.IsError));
            Assert.Contains("error output/locked:", run.Error);
            Assert.Equal("input/_data/references.yaml:8:9 bib/json", text);
            Assert.Empty(InSample(Check(Article("Text."), "content/orphan")));
            Assert.DoesNotContain(result.Diagnostics, d => d.Rule == "bib/yaml");
            private static readonly Diagnostic Error = new("link/missing-page", Severity.Error, at, "No page.", "Fix it.");
            SetRules(site, """{ "content/wording": "off" }""");
            Assert.Single(diagnostics, d => d.Rule == "bib/io-other");
            ("content/wording", new("input/a.md", 6, 11)),
            """";

        Assert.Equal(["bib/io", "bib/json", "content/wording", "output/locked"], RulesAssertedFiring(source, ids).Order(StringComparer.Ordinal));
    }

    /// <summary>Lines that state a rule does not fire, or turn it off.</summary>
    [GeneratedRegex(@"Assert\.Empty|DoesNotContain|""off""")]
    private static partial Regex NegativeAssertion();

    /// <summary>Any "family/name" string literal that is not a media type or a path.</summary>
    [GeneratedRegex(@"""((?!(?:application|text|image|font|theme|treatments|input)/)[a-z]+(?:-[a-z]+)*/[a-z0-9]+(?:-[a-z0-9]+)*)""")]
    private static partial Regex RuleLiteral();
}
