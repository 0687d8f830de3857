using Markdig.Syntax;
using Synapse.Checks;
using Synapse.Diagnostics;
using Synapse.Tests.Checks;
using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Extensibility;

/// <summary>A check written outside the generator, reading each page's Markdig document: one class, one registration line.</summary>
internal sealed class NoBlockquoteCheck : ICheck
{
    public static readonly Rule Rule = new("toy/no-blockquote", Severity.Warning, "A page uses a block quote.", "Write the quote as ordinary text with its source.", "Markdown bodies");

    public IReadOnlyList<Rule> Rules => [Rule];

    public void Run(CheckContext context)
    {
        foreach (var page in context.Site.Pages)
            foreach (var quote in page.Content.Document!.Descendants<QuoteBlock>())
                context.Report(Rule, page.Page.Source.Map.Locate(quote.Line, quote.Column), "Block quote.");
    }
}

public sealed class ToyCheckTests
{
    [Fact]
    public void A_registered_check_class_reports_in_a_build_and_appears_in_the_rule_catalogue()
    {
        using var site = new FixtureSite("basic-site");
        File.AppendAllText(Path.Combine(site.Root, "input", "about.md"), "\n> A quote.\n");
        var checks = CheckRegistry.Default().Add(new NoBlockquoteCheck());

        var result = site.Build(site.NewOutputPath(), o => o with { Checks = checks });

        var found = Assert.Single(result.Diagnostics, d => d.Rule == "toy/no-blockquote");
        Assert.Equal(Severity.Warning, found.Severity);
        Assert.Equal("input/about.md", found.Location.File);
        Assert.Equal(NoBlockquoteCheck.Rule.Hint, found.Hint);
        Assert.Contains(RuleCatalogue.For(checks), r => r.Id == "toy/no-blockquote" && r.Description == "A page uses a block quote.");
        Assert.DoesNotContain(RuleCatalogue.For(CheckRegistry.Default()), r => r.Id == "toy/no-blockquote");
    }

    [Fact]
    public void A_site_can_raise_a_registered_checks_rule_to_an_error()
    {
        using var site = new FixtureSite("basic-site");
        File.AppendAllText(Path.Combine(site.Root, "input", "about.md"), "\n> A quote.\n");
        RuleSettingsTests.SetRules(site, """{ "toy/no-blockquote": "error" }""");

        var output = site.NewOutputPath();
        var result = site.Build(output, o => o with { Checks = CheckRegistry.Default().Add(new NoBlockquoteCheck()) });

        Assert.True(Assert.Single(result.Diagnostics, d => d.Rule == "toy/no-blockquote").IsError);
        Assert.False(Directory.Exists(output));
    }
}
