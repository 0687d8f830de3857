using Synapse.Diagnostics;

namespace Synapse.Tests.Bibliography;

public sealed class ReferenceValidationTests
{
    private static IReadOnlyList<Diagnostic> Check(string yaml)
    {
        var bag = new DiagnosticBag();
        Fixtures.Load(yaml, bag);
        return bag.Sorted();
    }

    [Fact]
    public void Duplicate_id_is_reported_at_the_copy_and_names_the_first_file_and_line()
    {
        var diagnostic = Assert.Single(Check("""
            - {id: a, type: book, title: A, author: [{literal: X}], publisher: P, issued: 2000}
            - {id: b, type: book, title: B, author: [{literal: X}], publisher: P, issued: 2000}
            - {id: a, type: book, title: C, author: [{literal: X}], publisher: P, issued: 2000}
            """));
        Assert.Equal("bib/duplicate-id", diagnostic.Rule);
        Assert.Equal("input/_data/references.yaml:3:8", diagnostic.Location.ToString());
        Assert.Equal("Reference id 'a' is defined twice: here and at input/_data/references.yaml:1:8.", diagnostic.Message);
    }

    [Fact]
    public void Journal_article_missing_journal_and_date_gets_one_error_per_field_at_its_id()
    {
        var diagnostics = Check("""
            - id: smith2020
              type: article-journal
              title: T
              author: [{family: Smith, given: J}]
            """);
        Assert.All(diagnostics, d => Assert.Equal(("bib/missing-field", "input/_data/references.yaml:1:7"), (d.Rule, d.Location.ToString())));
        Assert.Equal(
            ["Reference 'smith2020' (article-journal) is missing 'container-title'.", "Reference 'smith2020' (article-journal) is missing 'issued'."],
            diagnostics.Select(d => d.Message).Order());
    }

    [Fact]
    public void Webpage_needs_title_url_and_access_date()
    {
        var diagnostics = Check("- id: w\n  type: webpage\n");
        Assert.Equal(
            ["Reference 'w' (webpage) is missing 'URL'.", "Reference 'w' (webpage) is missing 'accessed'.", "Reference 'w' (webpage) is missing 'title'."],
            diagnostics.Select(d => d.Message).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Book_accepts_editors_instead_of_authors()
    {
        Assert.Empty(Check("- {id: b, type: book, title: B, editor: [{family: E, given: F}], publisher: P, issued: 2000}"));
    }

    [Theory]
    [InlineData("10.1000/xyz", true)]
    [InlineData("10.123456789/abc", true)]
    [InlineData("10.1038.2/abc", true)]
    [InlineData("https://doi.org/10.1000/xyz", true)]
    [InlineData("10.123/abc", false)]
    [InlineData("10.1234567890/abc", false)]
    [InlineData("11.1000/xyz", false)]
    [InlineData("10.1000", false)]
    public void Doi_must_be_10_dot_registrant_slash_suffix(string doi, bool valid)
    {
        var diagnostics = Check($"- {{id: a, type: book, title: A, editor: [{{literal: E}}], publisher: P, issued: 2000, DOI: '{doi}'}}");
        if (valid) Assert.Empty(diagnostics);
        else Assert.Equal(("bib/bad-doi", 1), (Assert.Single(diagnostics).Rule, diagnostics[0].Location.Line));
    }

    [Fact]
    public void Bad_pmid_and_bad_doi_are_reported_at_their_values()
    {
        var diagnostics = Check("""
            - id: a
              type: book
              title: A
              editor: [{literal: E}]
              publisher: P
              issued: 2000
              DOI: 10.12/x
              PMID: PMC1234
            """);
        Assert.Equal(["input/_data/references.yaml:7:8 bib/bad-doi", "input/_data/references.yaml:8:9 bib/bad-pmid"],
            diagnostics.Select(d => $"{d.Location} {d.Rule}"));
    }

    [Theory]
    [InlineData(1599, true)]
    [InlineData(1600, false)]
    [InlineData(Fixtures.Year + 1, false)]
    [InlineData(Fixtures.Year + 2, true)]
    public void Year_before_1600_or_after_next_year_is_impossible(int year, bool reported)
    {
        var diagnostics = Check($"- id: a\n  type: book\n  title: A\n  editor: [{{literal: E}}]\n  publisher: P\n  issued: {{date-parts: [[{year}]]}}\n");
        if (!reported) Assert.Empty(diagnostics);
        else Assert.Equal("input/_data/references.yaml:6:11 bib/bad-year", $"{Assert.Single(diagnostics).Location} {diagnostics[0].Rule}");
    }

    [Fact]
    public void Impossible_month_is_a_bad_date()
    {
        Assert.Equal("bib/bad-date", Assert.Single(Check(
            "- {id: a, type: book, title: A, editor: [{literal: E}], publisher: P, issued: 2000-13-01}")).Rule);
    }

    [Fact]
    public void Reference_without_id_is_reported_and_skipped()
    {
        var bag = new DiagnosticBag();
        var bibliography = Fixtures.Load("- type: book\n  title: A\n", bag);
        Assert.Equal(0, bibliography.Count);
        Assert.Equal("input/_data/references.yaml:1:3 bib/missing-field", $"{Assert.Single(bag.Sorted()).Location} {bag.Sorted()[0].Rule}");
    }

    [Fact]
    public void Unknown_type_is_a_warning_and_the_reference_is_still_usable()
    {
        var bag = new DiagnosticBag();
        var bibliography = Fixtures.Load("- {id: a, type: podcast-episode, title: A}", bag);
        var diagnostic = Assert.Single(bag.Sorted());
        Assert.Equal(("bib/unknown-type", false), (diagnostic.Rule, diagnostic.IsError));
        Assert.True(bibliography.Contains("a"));
    }

    [Fact]
    public void Regulatory_type_needs_the_regulator_as_publisher()
    {
        var diagnostic = Assert.Single(Check("- {id: fda, type: regulatory, title: Label, issued: 2019}"));
        Assert.Equal("Reference 'fda' (regulatory) is missing 'publisher'.", diagnostic.Message);
    }

    [Fact]
    public void A_field_written_twice_is_a_warning_at_the_second_and_the_first_value_is_used()
    {
        var bag = new DiagnosticBag();
        var bibliography = Fixtures.Load("""
            - id: a
              type: book
              title: First title
              editor: [{literal: E}]
              publisher: P
              issued: 2000
              Title: Second title
            """, bag);

        var diagnostic = Assert.Single(bag.Sorted());
        Assert.Equal(("bib/duplicate-field", false), (diagnostic.Rule, diagnostic.IsError));
        Assert.Equal("input/_data/references.yaml:7:3", diagnostic.Location.ToString());
        Assert.Equal("Field 'Title' is written twice in reference 'a' (first at line 3); the first one is used.", diagnostic.Message);
        Assert.Equal("First title", bibliography.Get("a").Title);
    }

    [Fact]
    public void Fields_with_similar_names_are_not_duplicates()
    {
        Assert.Empty(Check("""
            - id: a
              type: article-journal
              title: T
              author: [{family: Smith, given: J}]
              container-title: Journal of Examples
              container-title-short: J Ex
              issued: 2020
              accessed: 2024-01-02
            """));
    }

    [Fact]
    public void A_text_field_holding_a_list_is_a_bad_field_error_at_its_value()
    {
        var diagnostic = Assert.Single(Check("""
            - id: a
              type: book
              title: [Part one, Part two]
              editor: [{literal: E}]
              publisher: P
              issued: 2000
            """), d => d.Rule == "bib/bad-field");

        Assert.True(diagnostic.IsError);
        Assert.Equal("input/_data/references.yaml:3:10", diagnostic.Location.ToString());
        Assert.Equal("Field 'title' of reference 'a' should be text, not a list or mapping.", diagnostic.Message);
    }

    [Fact]
    public void An_author_with_neither_a_family_nor_a_literal_name_is_a_bad_field_error_at_that_author()
    {
        var diagnostic = Assert.Single(Check("""
            - id: a
              type: book
              title: A
              author:
                - {family: Smith, given: Jane}
                - {given: Jane}
              publisher: P
              issued: 2000
            """));

        Assert.Equal(("bib/bad-field", "input/_data/references.yaml:6:7"), (diagnostic.Rule, diagnostic.Location.ToString()));
        Assert.Contains("'author'", diagnostic.Message);
    }

    [Fact]
    public void Authors_as_family_and_given_names_literal_names_or_plain_text_are_not_bad_fields()
    {
        Assert.Empty(Check("""
            - id: a
              type: book
              title: A
              author:
                - {family: Smith, given: Jane}
                - {literal: World Health Organization}
                - Jane Doe
              publisher: P
              issued: 2000
            """));
    }

    [Fact]
    public void A_pmid_of_digits_is_not_a_bad_pmid()
    {
        Assert.Empty(Check("- {id: a, type: book, title: A, editor: [{literal: E}], publisher: P, issued: 2000, PMID: '12062471'}"));
    }
}
