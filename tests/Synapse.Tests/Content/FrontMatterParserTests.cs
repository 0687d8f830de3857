using Synapse.Content;
using Synapse.Diagnostics;

namespace Synapse.Tests.Content;

public sealed class FrontMatterParserTests
{
    private const string File = "input/treatments/lithium.md";

    private static (ParsedSource? Parsed, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text, FrontMatterRules? rules = null)
    {
        var bag = new DiagnosticBag();
        var parsed = FrontMatterParser.Parse(new SourceFile(File, text), rules ?? FrontMatterRules.Page(3), bag);
        return (parsed, bag.Sorted());
    }

    private static FrontMatter ParseValid(string text, FrontMatterRules? rules = null)
    {
        var (parsed, diagnostics) = Parse(text, rules);
        Assert.Empty(diagnostics);
        Assert.NotNull(parsed);
        return parsed.Meta;
    }

    private static Diagnostic Single(IReadOnlyList<Diagnostic> diagnostics, string rule) =>
        Assert.Single(diagnostics, d => d.Rule == rule);

    [Fact]
    public void Every_known_key_is_mapped_onto_its_typed_property()
    {
        var meta = ParseValid("""
            ---
            title: Lithium
            summary: A mood stabiliser.
            tags: [Mood, MEDICATION]
            related: [bipolar-disorder, antidepressants]
            authors: [Ana Lee, Synapse editorial team]
            reviewer: Dr Sam Roe
            reviewed: 2026-01-15
            next-review: 2027-01-15
            published: 2025-03-01
            updated: 2026-01-20
            evidence: Established
            crisis: true
            draft: yes
            order: 7
            layout: page
            xref: lithium-carbonate
            redirect-from: [old/lithium, meds/lithium]
            include-in-sitemap: false
            ---
            Body.
            """, FrontMatterRules.Article(treatment: true, 3));

        Assert.Equal("Lithium", meta.Title);
        Assert.Equal("A mood stabiliser.", meta.Summary);
        Assert.Equal(["mood", "medication"], meta.Tags);
        Assert.Equal(["bipolar-disorder", "antidepressants"], meta.Related);
        Assert.Equal(["Ana Lee", "Synapse editorial team"], meta.Authors);
        Assert.Equal("Dr Sam Roe", meta.Reviewer);
        Assert.Equal(new DateOnly(2026, 1, 15), meta.Reviewed);
        Assert.Equal(new DateOnly(2027, 1, 15), meta.NextReview);
        Assert.Equal(new DateOnly(2025, 3, 1), meta.Published);
        Assert.Equal(new DateOnly(2026, 1, 20), meta.Updated);
        Assert.Equal(EvidenceLevel.Established, meta.Evidence);
        Assert.True(meta.Crisis);
        Assert.True(meta.Draft);
        Assert.Equal(7, meta.Order);
        Assert.Equal("page", meta.Layout);
        Assert.Equal("lithium-carbonate", meta.Xref);
        Assert.Equal(["old/lithium", "meds/lithium"], meta.RedirectFrom);
        Assert.False(meta.IncludeInSitemap);
        Assert.Empty(meta.Extra);
    }

    [Fact]
    public void Keys_left_out_take_their_defaults()
    {
        var meta = ParseValid("---\ntitle: About\n---\n");

        Assert.Equal("", meta.Summary);
        Assert.Empty(meta.Tags);
        Assert.Null(meta.Reviewed);
        Assert.Null(meta.NextReview);
        Assert.Equal(EvidenceLevel.None, meta.Evidence);
        Assert.False(meta.Crisis);
        Assert.False(meta.Draft);
        Assert.Equal(1000, meta.Order);
        Assert.True(meta.IncludeInSitemap);
    }

    [Fact]
    public void Authors_and_redirect_from_accept_a_single_value_as_well_as_a_list()
    {
        var meta = ParseValid("---\ntitle: T\nauthors: Synapse editorial team\nredirect-from: old/t\n---\n");

        Assert.Equal(["Synapse editorial team"], meta.Authors);
        Assert.Equal(["old/t"], meta.RedirectFrom);
    }

    [Theory]
    [InlineData("Description: Short text.", "summary")]
    [InlineData("DESCRIPTION: Short text.", "summary")]
    [InlineData("excerpt: Short text.", "summary")]
    [InlineData("Excluded: true", "draft")]
    [InlineData("excluded: TRUE", "draft")]
    [InlineData("Order: 5", "order")]
    [InlineData("ORDER: 5", "order")]
    [InlineData("Author: Ana Lee", "authors")]
    [InlineData("ReviewedBy: Dr Sam Roe", "reviewer")]
    [InlineData("LastReviewed: 2026-01-15", "reviewed")]
    [InlineData("NextReview: 2027-01-15", "next-review")]
    [InlineData("next_review: 2027-01-15", "next-review")]
    [InlineData("Date: 2025-03-01", "published")]
    [InlineData("RedirectFrom: old/x", "redirect-from")]
    [InlineData("IncludeInSitemap: false", "include-in-sitemap")]
    [InlineData("Title: Capitalised", "title")]
    public void Statiq_spellings_of_keys_are_accepted_case_insensitively(string line, string canonicalKey)
    {
        var text = canonicalKey == "title" ? $"---\n{line}\n---\n" : $"---\ntitle: T\n{line}\n---\n";
        var meta = ParseValid(text);

        Assert.True(meta.KeyLocations.ContainsKey(canonicalKey), $"'{line}' should set '{canonicalKey}'");
        switch (canonicalKey)
        {
            case "summary": Assert.Equal("Short text.", meta.Summary); break;
            case "draft": Assert.True(meta.Draft); break;
            case "order": Assert.Equal(5, meta.Order); break;
            case "authors": Assert.Equal(["Ana Lee"], meta.Authors); break;
            case "reviewer": Assert.Equal("Dr Sam Roe", meta.Reviewer); break;
            case "reviewed": Assert.Equal(new DateOnly(2026, 1, 15), meta.Reviewed); break;
            case "next-review": Assert.Equal(new DateOnly(2027, 1, 15), meta.NextReview); break;
            case "published": Assert.Equal(new DateOnly(2025, 3, 1), meta.Published); break;
            case "redirect-from": Assert.Equal(["old/x"], meta.RedirectFrom); break;
            case "include-in-sitemap": Assert.False(meta.IncludeInSitemap); break;
            case "title": Assert.Equal("Capitalised", meta.Title); break;
            default: throw new InvalidOperationException(canonicalKey);
        }
    }

    [Fact]
    public void Two_spellings_of_the_same_key_are_an_error_at_the_second()
    {
        var (parsed, diagnostics) = Parse("---\ntitle: T\nsummary: One.\nDescription: Two.\n---\n");

        Assert.Null(parsed);
        var d = Single(diagnostics, "front-matter/duplicate-key");
        Assert.Equal(new SourceLocation(File, 4, 1), d.Location);
    }

    [Fact]
    public void Unknown_key_is_a_warning_at_its_line_and_column_and_is_kept_for_layouts()
    {
        var (parsed, diagnostics) = Parse("---\ntitle: T\n  \ncolour: blue\n---\nBody\n");

        var d = Assert.Single(diagnostics);
        Assert.Equal("front-matter/unknown-key", d.Rule);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal(new SourceLocation(File, 4, 1), d.Location);
        Assert.Contains("colour", d.Message);
        Assert.NotNull(parsed);
        Assert.Equal("blue", parsed.Meta.Extra["colour"]);
    }

    [Fact]
    public void Unknown_key_inside_a_flow_mapping_is_reported_at_its_own_column()
    {
        var (_, diagnostics) = Parse("---\n{title: T, colour: blue}\n---\n");

        var d = Single(diagnostics, "front-matter/unknown-key");
        Assert.Equal(new SourceLocation(File, 2, 12), d.Location);
    }

    [Theory]
    [InlineData("summary")]
    [InlineData("authors")]
    [InlineData("reviewer")]
    [InlineData("reviewed")]
    public void Article_without_a_required_key_is_an_error_naming_the_key(string missing)
    {
        var lines = new Dictionary<string, string>
        {
            ["summary"] = "summary: S.", ["authors"] = "authors: [A]", ["reviewer"] = "reviewer: R", ["reviewed"] = "reviewed: 2026-01-01",
        };
        var text = "---\ntitle: T\n" + string.Join("\n", lines.Where(l => l.Key != missing).Select(l => l.Value)) + "\n---\n";

        var (parsed, diagnostics) = Parse(text, FrontMatterRules.Article(treatment: false, 3));

        Assert.Null(parsed);
        var d = Single(diagnostics, "front-matter/missing-key");
        Assert.Contains($"'{missing}'", d.Message);
        Assert.Equal(new SourceLocation(File, 1, 1), d.Location);
    }

    [Fact]
    public void Treatment_without_evidence_is_an_error_but_other_articles_need_none()
    {
        const string text = "---\ntitle: T\nsummary: S.\nauthors: [A]\nreviewer: R\nreviewed: 2026-01-01\n---\n";

        var (treatment, treatmentDiagnostics) = Parse(text, FrontMatterRules.Article(treatment: true, 3));
        var (condition, conditionDiagnostics) = Parse(text, FrontMatterRules.Article(treatment: false, 3));

        Assert.Null(treatment);
        Assert.Contains("'evidence'", Single(treatmentDiagnostics, "front-matter/missing-key").Message);
        Assert.NotNull(condition);
        Assert.Empty(conditionDiagnostics);
    }

    [Fact]
    public void Page_without_front_matter_is_an_error_when_keys_are_required()
    {
        var (parsed, diagnostics) = Parse("# Just a heading\n");

        Assert.Null(parsed);
        Assert.Equal(new SourceLocation(File, 1, 1), Single(diagnostics, "front-matter/missing").Location);
    }

    [Theory]
    [InlineData("tags: {a: b}", 3, 7, "tags")]
    [InlineData("tags: [ok, [nested]]", 3, 12, "tags")]
    [InlineData("order: many", 3, 8, "order")]
    [InlineData("crisis: maybe", 3, 9, "crisis")]
    [InlineData("title2: x\ndraft: [true]", 4, 8, "draft")]
    [InlineData("reviewer: [A, B]", 3, 11, "reviewer")]
    public void Value_of_the_wrong_type_is_an_error_at_the_value(string line, int expectedLine, int expectedColumn, string key)
    {
        var (parsed, diagnostics) = Parse($"---\ntitle: T\n{line}\n---\n");

        Assert.Null(parsed);
        var d = Single(diagnostics, "front-matter/wrong-type");
        Assert.Equal(new SourceLocation(File, expectedLine, expectedColumn), d.Location);
        Assert.Contains($"'{key}'", d.Message);
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("26/11/2026")]
    [InlineData("next week")]
    [InlineData("2026-13-01")]
    public void Impossible_or_misformatted_date_is_an_error_at_the_value(string value)
    {
        var (parsed, diagnostics) = Parse($"---\ntitle: T\nsummary: S.\nreviewed: {value}\n---\n");

        Assert.Null(parsed);
        var d = Single(diagnostics, "front-matter/bad-date");
        Assert.Equal(new SourceLocation(File, 4, 11), d.Location);
        Assert.Contains(value, d.Message);
    }

    [Fact]
    public void Unknown_evidence_level_is_an_error_at_the_value()
    {
        var (_, diagnostics) = Parse("---\ntitle: T\nevidence: strong\n---\n");

        Assert.Equal(new SourceLocation(File, 3, 11), Single(diagnostics, "front-matter/bad-evidence").Location);
    }

    [Fact]
    public void Summary_of_exactly_160_characters_is_accepted()
    {
        var meta = ParseValid($"---\ntitle: T\nsummary: {new string('a', 160)}\n---\n");

        Assert.Equal(160, meta.Summary.Length);
    }

    [Fact]
    public void Summary_longer_than_160_characters_is_an_error()
    {
        var (parsed, diagnostics) = Parse($"---\ntitle: T\nsummary: {new string('a', 161)}\n---\n");

        Assert.Null(parsed);
        var d = Single(diagnostics, "front-matter/summary-too-long");
        Assert.Contains("161", d.Message);
    }

    [Fact]
    public void Next_review_defaults_to_reviewed_plus_the_review_cycle()
    {
        var threeYears = ParseValid("---\ntitle: T\nreviewed: 2026-11-26\n---\n", FrontMatterRules.Page(3));
        var leapDay = ParseValid("---\ntitle: T\nreviewed: 2024-02-29\n---\n", FrontMatterRules.Page(3));
        var twoYears = ParseValid("---\ntitle: T\nreviewed: 2026-11-26\n---\n", FrontMatterRules.Page(2));

        Assert.Equal(new DateOnly(2029, 11, 26), threeYears.NextReview);
        Assert.Equal(new DateOnly(2027, 2, 28), leapDay.NextReview);
        Assert.Equal(new DateOnly(2028, 11, 26), twoYears.NextReview);
    }

    [Fact]
    public void Explicit_next_review_is_kept()
    {
        var meta = ParseValid("---\ntitle: T\nreviewed: 2026-11-26\nnext-review: 2027-05-26\n---\n");

        Assert.Equal(new DateOnly(2027, 5, 26), meta.NextReview);
    }

    [Fact]
    public void Next_review_on_or_before_reviewed_is_an_error()
    {
        var (parsed, diagnostics) = Parse("---\ntitle: T\nreviewed: 2026-11-26\nnext-review: 2026-11-26\n---\n");

        Assert.Null(parsed);
        Single(diagnostics, "front-matter/review-order");
    }

    [Fact]
    public void Unclosed_front_matter_is_an_error()
    {
        var (parsed, diagnostics) = Parse("---\ntitle: T\nsummary: S.\n\n## Heading\n\nBody.\n");

        Assert.Null(parsed);
        Assert.Equal(new SourceLocation(File, 1, 1), Single(diagnostics, "front-matter/unclosed").Location);
    }

    [Theory]
    // "summary: " is 9 characters: the second colon is on file line 3, column 17.
    [InlineData("---\ntitle: T\nsummary: Anxiety: what helps\n---\n", 3, 17)]
    // A mapping line indented under a scalar, on file line 4.
    [InlineData("---\ntitle: T\nsummary: S.\n  authors: x\n---\n", 4, 10)]
    // A flow sequence that is never closed: the parser notices at the closing fence, file line 4.
    [InlineData("---\ntitle: T\ntags: [a, b\n---\n", 4, 1)]
    public void Yaml_syntax_error_is_reported_at_its_line_in_the_file(string text, int line, int column)
    {
        var (parsed, diagnostics) = Parse(text);

        Assert.Null(parsed);
        var d = Single(diagnostics, "front-matter/yaml");
        Assert.Equal(new SourceLocation(File, line, column), d.Location);
    }

    [Fact]
    public void Front_matter_that_is_a_list_is_an_error()
    {
        var (parsed, diagnostics) = Parse("---\n- a\n- b\n---\n");

        Assert.Null(parsed);
        Single(diagnostics, "front-matter/not-mapping");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t\n")]
    public void Empty_file_is_an_error(string text)
    {
        var (parsed, diagnostics) = Parse(text);

        Assert.Null(parsed);
        var d = Assert.Single(diagnostics);
        Assert.Equal("content/empty", d.Rule);
        Assert.Equal(new SourceLocation(File, 1, 1), d.Location);
    }

    [Theory]
    [InlineData("---\ntitle: T\nsummary: S.\n---\nFirst body line\n", 4)]
    [InlineData("---\ntitle: T\n...\nFirst body line\n", 3)]
    [InlineData("---\r\ntitle: T\r\n---\r\nFirst body line\r\n", 3)]
    public void Body_starts_after_the_closing_fence_and_its_line_offset_is_the_lines_before_it(string text, int offset)
    {
        var (parsed, diagnostics) = Parse(text);

        Assert.Empty(diagnostics);
        Assert.NotNull(parsed);
        Assert.StartsWith("First body line", parsed.Body);
        Assert.Equal(offset, parsed.BodyLineOffset);
        Assert.Equal(new SourceLocation(File, offset + 1, 1), parsed.Map.Locate(0, 0));
    }
}
