using System.Text.Json.Nodes;
using Synapse.Diagnostics;
using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Checks;

/// <summary>statiq.json "rules": a site raises, lowers or turns off a rule.</summary>
public sealed class RuleSettingsTests
{
    /// <summary>Sets statiq.json "rules" of a fixture site to <paramref name="rulesJson"/>.</summary>
    internal static void SetRules(FixtureSite site, string rulesJson)
    {
        var path = Path.Combine(site.Root, "statiq.json");
        var settings = JsonNode.Parse(File.ReadAllText(path), documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })!.AsObject();
        settings["rules"] = JsonNode.Parse(rulesJson);
        File.WriteAllText(path, settings.ToJsonString(new() { WriteIndented = true }));
    }

    private static void MakeHardReading(FixtureSite site) =>
        File.AppendAllText(Path.Combine(site.Root, "input", "neurotransmitters", "dopamine.md"),
            "\nNeurotransmission characteristically necessitates extraordinarily sophisticated intracellular biochemical interdependencies, notwithstanding considerable interindividual physiological heterogeneity and methodological uncertainty.\n");

    [Fact]
    public void Without_rules_the_reading_level_is_a_warning()
    {
        using var site = new FixtureSite("basic-site");
        MakeHardReading(site);
        Assert.Equal(Severity.Warning, Assert.Single(site.Check().Diagnostics, d => d.Rule == "content/reading-level").Severity);
    }

    [Fact]
    public void A_site_can_raise_a_warning_to_an_error_which_fails_the_build()
    {
        using var site = new FixtureSite("basic-site");
        MakeHardReading(site);
        SetRules(site, """{ "content/reading-level": "error" }""");

        var output = site.NewOutputPath();
        var result = site.Build(output);

        Assert.Equal(Severity.Error, Assert.Single(result.Diagnostics, d => d.Rule == "content/reading-level").Severity);
        Assert.False(result.Succeeded);
        Assert.False(Directory.Exists(output));
    }

    [Theory]
    [InlineData("info")]
    [InlineData("warning")]
    public void A_site_can_lower_an_error_so_the_build_succeeds(string value)
    {
        var expected = value == "info" ? Severity.Info : Severity.Warning;
        using var site = new FixtureSite("basic-site");
        File.AppendAllText(Path.Combine(site.Root, "input", "about.md"), "\nSee [nothing](/no-such-page/).\n");
        SetRules(site, $$"""{ "link/missing-page": "{{value}}" }""");

        var result = site.Build(site.NewOutputPath());

        Assert.Equal(expected, Assert.Single(result.Diagnostics, d => d.Rule == "link/missing-page").Severity);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void A_rule_turned_off_reports_nothing()
    {
        using var site = new FixtureSite("basic-site");
        MakeHardReading(site);
        SetRules(site, """{ "content/reading-level": "off" }""");
        Assert.DoesNotContain(site.Check().Diagnostics, d => d.Rule == "content/reading-level");
    }

    [Fact]
    public void A_stage_rule_reported_while_settings_are_read_also_follows_the_sites_severity()
    {
        using var site = new FixtureSite("basic-site");
        SetRules(site, """{ "config/unknown-key": "off" }""");
        var path = Path.Combine(site.Root, "statiq.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"rules\"", "\"colour\": \"blue\", \"rules\""));
        Assert.DoesNotContain(site.Check().Diagnostics, d => d.Rule == "config/unknown-key");
    }

    [Fact]
    public void An_unknown_rule_id_or_severity_is_an_error_at_its_line_in_statiq_json()
    {
        using var site = new FixtureSite("basic-site");
        SetRules(site, """{ "content/no-such-rule": "error", "content/reading-level": "loud" }""");

        var errors = site.Check().Diagnostics.Where(d => d.Rule == "config/rules").ToList();

        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal("statiq.json", e.Location.File));
        Assert.Contains(errors, e => e.Message.Contains("'content/no-such-rule'"));
        Assert.Contains(errors, e => e.Message.Contains("'loud'"));
        Assert.All(errors, e => Assert.True(e.Location.Line > 1));
    }
}
