using Synapse.Diagnostics;
using Synapse.Markdown.Citations;

namespace Synapse.Tests.Citations;

public sealed class CitationChecksTests
{
    /// <summary>The article file has three lines of front matter before the Markdown body.</summary>
    private static readonly SourceMap Map = new("input/treatments/tms.md", LineOffset: 3);

    private static IReadOnlyList<Diagnostic> CheckArticle(string body, int minimum = 0)
    {
        var (_, cites) = Articles.Render(body);
        var bag = new DiagnosticBag();
        CitationChecks.CheckArticle(Map, cites, Articles.Bibliography, minimum, bag);
        return bag.Sorted();
    }

    [Fact]
    public void Unknown_key_is_reported_at_its_own_at_sign_including_the_front_matter_offset()
    {
        var diagnostic = Assert.Single(CheckArticle("# TMS\n\nTMS helps [@a; @nobody2021].\n"));
        Assert.Equal("cite/unknown-key", diagnostic.Rule);
        Assert.True(diagnostic.IsError);
        Assert.Equal("input/treatments/tms.md:6:16", diagnostic.Location.ToString());
        Assert.Equal("Citation key '@nobody2021' is not in the bibliography.", diagnostic.Message);
        Assert.Contains("input/_data/references.yaml", diagnostic.Hint);
    }

    [Fact]
    public void Every_occurrence_of_an_unknown_key_is_reported()
    {
        var diagnostics = CheckArticle("[@x]\n\nAgain\n  [@x].\n");
        Assert.Equal(["input/treatments/tms.md:4:2", "input/treatments/tms.md:7:4"], diagnostics.Select(d => d.Location.ToString()));
    }

    [Fact]
    public void Unknown_key_with_a_near_miss_suggests_the_existing_key()
    {
        var diagnostic = Assert.Single(CheckArticle("[@Doe:2019.x]"));
        Assert.StartsWith("Did you mean '@doe:2019.x'?", diagnostic.Hint);
    }

    [Fact]
    public void Malformed_citation_is_reported_at_the_problem()
    {
        var diagnostic = Assert.Single(CheckArticle("Line one.\nSee [@a @b] here.\n"));
        Assert.Equal(("cite/malformed", "input/treatments/tms.md:5:9"), (diagnostic.Rule, diagnostic.Location.ToString()));
        Assert.Equal("Citation keys '@a' and '@b' need a ';' between them.", diagnostic.Message);
        Assert.Equal("Write [@a; @b].", diagnostic.Hint);
    }

    [Fact]
    public void Unclosed_citation_is_reported_at_its_bracket()
    {
        var diagnostic = Assert.Single(CheckArticle("Text [@a and on"));
        Assert.Equal(("cite/malformed", "input/treatments/tms.md:4:6"), (diagnostic.Rule, diagnostic.Location.ToString()));
    }

    [Fact]
    public void Too_few_distinct_references_is_a_warning_for_the_file()
    {
        var diagnostic = Assert.Single(CheckArticle("[@a] [@a; @b] [@nobody]", minimum: 3), d => d.Rule == "cite/too-few");
        Assert.False(diagnostic.IsError);
        Assert.Equal("input/treatments/tms.md:1:1", diagnostic.Location.ToString());
        Assert.Equal("This article cites 2 distinct references; articles should cite at least 3.", diagnostic.Message);
    }

    [Fact]
    public void Enough_distinct_references_gives_no_warning() =>
        Assert.Empty(CheckArticle("[@a; @b] [@c]", minimum: CitationChecks.DefaultMinimumReferences));

    [Fact]
    public void A_second_references_marker_is_a_warning()
    {
        var diagnostic = Assert.Single(CheckArticle("[@a]\n\n<!-- references -->\n\n<!-- References -->\n"));
        Assert.Equal(("cite/duplicate-marker", "input/treatments/tms.md:8:1"), (diagnostic.Rule, diagnostic.Location.ToString()));
    }

    [Fact]
    public void One_references_marker_gives_no_warning() =>
        Assert.Empty(CheckArticle("[@a]\n\n<!-- references -->\n"));

    [Fact]
    public void An_own_references_heading_is_a_warning_when_the_article_cites_something()
    {
        var diagnostic = Assert.Single(CheckArticle("Claim [@a].\n\n## References\n"));
        Assert.Equal(("cite/references-heading", "input/treatments/tms.md:6:1"), (diagnostic.Rule, diagnostic.Location.ToString()));
        Assert.Empty(CheckArticle("No citations.\n\n## References\n"));
    }

    [Fact]
    public void Escaped_at_sign_in_brackets_is_not_a_citation() => Assert.Empty(CheckArticle("[Follow \\@handle]"));

    [Fact]
    public void Unused_reference_is_a_warning_at_its_id()
    {
        var bag = new DiagnosticBag();
        CitationChecks.CheckUnused(Articles.Bibliography, ["a", "b", "c", "d", "e", "doe:2019.x", "nobody"], bag);
        var diagnostic = Assert.Single(bag.Sorted());
        Assert.Equal(("bib/unused", false), (diagnostic.Rule, diagnostic.IsError));
        Assert.Equal("input/_data/references.yaml:7:8", diagnostic.Location.ToString());
        Assert.Equal("Reference 'f' is not cited by any article.", diagnostic.Message);
    }
}
