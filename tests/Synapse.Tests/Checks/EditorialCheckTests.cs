using Synapse.Diagnostics;
using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Checks;

/// <summary>The editorial rules, each shown firing on a page that breaks it and silent on one that does not.</summary>
public sealed class EditorialCheckTests
{
    private const string File = "input/conditions/sample.md";

    private static string Article(string body, string extraFrontMatter = "", string summary = "A sample article about a condition, written to test the editorial rules.") =>
        $"---\ntitle: Sample condition\nsummary: {summary}\ntags: [mood]\nrelated: [depression]\nauthors: [Synapse editorial team]\n" +
        $"reviewer: Synapse editorial team\nreviewed: 2026-11-01\n{extraFrontMatter}---\n\n## Key points\n\n{body}\n";

    /// <summary>Checks the basic fixture site with the sample article added (and linked from another page, so it is no orphan).</summary>
    private static List<Diagnostic> Check(string article, string rule, Action<FixtureSite>? arrange = null)
    {
        using var site = new FixtureSite("basic-site");
        site.Write(File, article);
        var depression = Path.Combine(site.Root, "input", "conditions", "depression.md");
        System.IO.File.AppendAllText(depression, "\nSee also [the sample condition](xref:sample).\n");
        arrange?.Invoke(site);
        return site.Check().Diagnostics.Where(d => d.Rule == rule).ToList();
    }

    private static List<Diagnostic> InSample(List<Diagnostic> diagnostics) => diagnostics.Where(d => d.Location.File == File).ToList();

    [Fact]
    public void A_level_one_heading_in_the_body_is_reported_at_its_line()
    {
        var found = InSample(Check(Article("Text.\n\n# Second title\n"), "content/h1-in-body"));

        Assert.Equal(new SourceLocation(File, 15, 1), Assert.Single(found).Location);
    }

    [Fact]
    public void A_skipped_heading_level_is_reported_and_stepping_down_one_level_is_not()
    {
        Assert.Single(InSample(Check(Article("Text.\n\n#### Too deep\n"), "content/heading-order")));
        Assert.Empty(InSample(Check(Article("Text.\n\n### One down\n\n#### Two down\n\n## Back up\n"), "content/heading-order")));
    }

    [Theory]
    [InlineData("[click here](https://www.nhs.uk/)")]
    [InlineData("[Read more](xref:depression)")]
    [InlineData("[https://www.nhs.uk/](https://www.nhs.uk/)")]
    [InlineData("<https://www.nhs.uk/>")]
    public void Link_text_that_does_not_say_where_it_goes_is_reported(string link)
    {
        Assert.Single(InSample(Check(Article($"For advice, {link}."), "content/link-text")));
    }

    [Fact]
    public void Link_text_naming_its_destination_is_not_reported()
    {
        Assert.Empty(InSample(Check(Article("Read [the NHS page on depression](https://www.nhs.uk/) or [our depression guide](xref:depression)."), "content/link-text")));
    }

    [Fact]
    public void A_summary_under_fifty_characters_is_reported_at_its_line()
    {
        var found = InSample(Check(Article("Text.", summary: "Too short."), "content/summary-length"));

        Assert.Equal(3, Assert.Single(found).Location.Line);
        Assert.Empty(InSample(Check(Article("Text."), "content/summary-length")));
    }

    [Fact]
    public void Two_pages_with_one_title_are_reported_on_the_second_naming_the_first()
    {
        var found = Check(Article("Text.").Replace("title: Sample condition", "title: Depression", StringComparison.Ordinal), "content/duplicate-title");

        var duplicate = Assert.Single(found);
        Assert.Equal(File, duplicate.Location.File);
        Assert.Contains("input/conditions/depression.md", duplicate.Message);
        Assert.Empty(Check(Article("Text."), "content/duplicate-title"));
    }

    [Fact]
    public void An_article_no_page_links_to_is_an_orphan_and_a_link_or_related_entry_rescues_it()
    {
        using var site = new FixtureSite("basic-site");
        site.Write(File, Article("Text."));
        Assert.Contains(site.Check().Diagnostics, d => d.Rule == "content/orphan" && d.Location.File == File);

        Assert.Empty(InSample(Check(Article("Text."), "content/orphan")));
    }

    [Fact]
    public void A_passed_next_review_date_is_an_error_and_one_within_sixty_days_a_warning()
    {
        var overdue = Assert.Single(InSample(Check(Article("Text.", "next-review: 2026-11-01\n").Replace("reviewed: 2026-11-01", "reviewed: 2023-11-01", StringComparison.Ordinal), "content/review-overdue")));
        Assert.Equal(Severity.Error, overdue.Severity);
        Assert.Equal(9, overdue.Location.Line);

        var soon = Assert.Single(InSample(Check(Article("Text.", "next-review: 2027-01-10\n"), "content/review-due")));
        Assert.Equal(Severity.Warning, soon.Severity);

        Assert.Empty(InSample(Check(Article("Text.", "next-review: 2027-06-01\n"), "content/review-due")));
        Assert.Empty(InSample(Check(Article("Text.", "next-review: 2027-06-01\n"), "content/review-overdue")));
    }

    [Fact]
    public void An_article_of_long_words_and_long_sentences_is_above_the_reading_level_and_one_of_short_plain_sentences_is_not()
    {
        const string dense = "Neurotransmission characteristically necessitates extraordinarily sophisticated intracellular biochemical " +
                             "interdependencies, notwithstanding considerable interindividual physiological heterogeneity and methodological uncertainty.";
        const string plain = "Your brain sends messages with chemicals. Some help you feel calm. Sleep and exercise can help them work well.";

        var found = Assert.Single(InSample(Check(Article(dense), "content/reading-level")));

        Assert.Contains("Reading level above target", found.Message);
        Assert.Equal(new SourceLocation(File, 10, 1), found.Location);
        Assert.Empty(InSample(Check(Article(plain), "content/reading-level")));
    }

    [Theory]
    [InlineData("Her brother committed suicide.", "committed suicide")]
    [InlineData("He is a schizophrenic.", "a schizophrenic")]
    [InlineData("Support for addicts.", "addicts")]
    [InlineData("She suffers from anxiety.", "suffers from")]
    [InlineData("That sounds crazy.", "crazy")]
    public void Words_to_avoid_are_reported_with_a_suggested_alternative(string sentence, string phrase)
    {
        var found = Assert.Single(InSample(Check(Article(sentence), "content/wording")));

        Assert.Contains($"Avoid \"{phrase}\"", found.Message);
        Assert.Contains("use ", found.Message);
        Assert.Equal(13, found.Location.Line);
        Assert.Equal(sentence.IndexOf(phrase, StringComparison.Ordinal) + 1, found.Location.Column);
    }

    [Fact]
    public void Every_word_to_avoid_on_every_line_is_reported_in_order_and_fenced_code_is_passed_over()
    {
        var body = "Addicts and junkies were crazy, they said.\nA calm line.\n```\nthe mentally ill\n```\nShe suffers from it; the mentally ill";

        var found = InSample(Check(Article(body), "content/wording")).OrderBy(d => d.Location.Line).ThenBy(d => d.Location.Column)
            .Select(d => (d.Location.Line, d.Location.Column, d.Message[..d.Message.IndexOf(':', StringComparison.Ordinal)])).ToArray();

        Assert.Equal(
            [
                (13, 1, "Avoid \"Addicts\""), (13, 13, "Avoid \"junkies\""), (13, 26, "Avoid \"crazy\""),
                (18, 5, "Avoid \"suffers from\""), (18, 22, "Avoid \"the mentally ill\""),
            ], found);
    }

    [Fact]
    public void Respectful_wording_and_allowed_quotations_are_not_reported()
    {
        var body = "She died by suicide. He has schizophrenia and lives with anxiety. A schizophrenia diagnosis.\n\n" +
                   "<!-- allow: committed suicide -->\n> \"He committed suicide\", the 1990s report said.\n\n" +
                   "The report said \"addicts\" <!-- allow: addicts --> throughout.";

        Assert.Empty(InSample(Check(Article(body), "content/wording")));
    }

    [Fact]
    public void A_glossary_term_first_used_without_a_link_or_an_explanation_is_reported()
    {
        var found = Assert.Single(InSample(Check(Article("Each receptor responds to one messenger."), "content/unexplained-term")));

        Assert.Contains("\"receptor\"", found.Message);
        Assert.Equal(new SourceLocation(File, 13, 6), found.Location);
    }

    [Theory]
    [InlineData("Each [receptor](xref:glossary#receptor) responds. Every receptor is a protein.")]
    [InlineData("A receptor is a protein that responds to one messenger.")]
    [InlineData("Each receptor (a protein on the cell) responds.")]
    [InlineData("Proteins called \"receptors\" respond to messengers.")]
    public void A_glossary_term_linked_or_explained_on_first_use_is_not_reported(string sentence)
    {
        Assert.Empty(InSample(Check(Article(sentence), "content/unexplained-term")));
    }

    private static Action<FixtureSite> WithGlossaryTerms(params string[] entries) => site =>
        System.IO.File.AppendAllText(Path.Combine(site.Root, "input", "_data", "glossary.yaml"), string.Concat(entries.Select(e => e + "\n")));

    private static (string Message, int Line, int Column)[] Unexplained(List<Diagnostic> found) =>
        found.Select(d => (d.Message, d.Location.Line, d.Location.Column)).OrderBy(d => d.Line).ThenBy(d => d.Column).ToArray();

    [Fact]
    public void A_glossary_term_in_a_heading_is_passed_over_and_its_first_use_at_the_start_of_a_line_is_reported_there()
    {
        var found = Unexplained(InSample(Check(Article("## Receptor families\nReceptors respond to messengers."), "content/unexplained-term")));

        Assert.Equal([("\"Receptors\" is a technical term; this is its first use in the article.", 14, 1)], found);
    }

    [Fact]
    public void A_glossary_term_at_the_end_of_a_line_is_reported_at_its_column()
    {
        var found = Unexplained(InSample(Check(Article("Messages cross the synapse\nin a moment."), "content/unexplained-term")));

        Assert.Equal([("\"synapse\" is a technical term; this is its first use in the article.", 13, 20)], found);
    }

    [Fact]
    public void A_term_of_two_words_broken_across_lines_is_not_a_use_and_its_first_use_on_one_line_is_reported()
    {
        var found = Unexplained(InSample(Check(Article("An action\npotential fires. Later an action potential fires again."), "content/unexplained-term",
            WithGlossaryTerms("- {id: action-potential, term: Action potential, definition: \"An electrical pulse along a nerve cell.\", see: [synapse]}"))));

        Assert.Equal([("\"action potential\" is a technical term; this is its first use in the article.", 14, 27)], found);
    }

    [Fact]
    public void A_glossary_link_on_the_line_of_the_first_use_explains_it_but_a_link_in_a_heading_or_on_a_later_line_does_not()
    {
        var sameLine = InSample(Check(Article("The receptor and its [entry](xref:glossary#receptor) in the glossary."), "content/unexplained-term"));
        var heading = Unexplained(InSample(Check(Article("## [Receptor](xref:glossary#receptor)\nEach receptor responds."), "content/unexplained-term")));
        var later = Unexplained(InSample(Check(Article("Each receptor responds.\nSee [receptor](xref:glossary#receptor)."), "content/unexplained-term")));

        Assert.Empty(sameLine);
        Assert.Equal([("\"receptor\" is a technical term; this is its first use in the article.", 14, 6)], heading);
        Assert.Equal([("\"receptor\" is a technical term; this is its first use in the article.", 13, 6)], later);
    }

    [Fact]
    public void A_term_in_inline_code_or_a_link_destination_is_not_its_first_use_in_prose()
    {
        const string line = "See `receptor` and [a page](receptor.md), then each receptor responds.";

        var found = Unexplained(InSample(Check(Article(line), "content/unexplained-term")));

        Assert.Equal([("\"receptor\" is a technical term; this is its first use in the article.", 13, line.IndexOf("each receptor", StringComparison.Ordinal) + 6)], found);
    }

    [Fact]
    public void A_term_inside_a_longer_term_is_reported_for_each_glossary_entry_on_its_own()
    {
        var found = Unexplained(InSample(Check(Article("A partial agonist acts slowly.\nAn agonist acts."), "content/unexplained-term",
            WithGlossaryTerms(
                "- {id: agonist, term: Agonist, definition: \"A drug that switches a receptor on.\", see: [receptor]}",
                "- {id: partial-agonist, term: Partial agonist, definition: \"A drug that switches a receptor partly on.\", see: [receptor]}"))));

        Assert.Equal(
            [
                ("\"partial agonist\" is a technical term; this is its first use in the article.", 13, 3),
                ("\"agonist\" is a technical term; this is its first use in the article.", 13, 11),
            ], found);
    }

    [Fact]
    public void A_glossary_entry_marked_plain_is_never_reported()
    {
        var found = InSample(Check(Article("Each receptor responds."), "content/unexplained-term", site =>
        {
            var glossary = Path.Combine(site.Root, "input", "_data", "glossary.yaml");
            System.IO.File.WriteAllText(glossary, System.IO.File.ReadAllText(glossary).Replace("see: [synapse]}", "see: [synapse], plain: true}", StringComparison.Ordinal));
        }));

        Assert.Empty(found);
    }

    [Fact]
    public void A_treatment_page_citing_a_source_over_ten_years_old_gets_an_information_note_and_a_recent_one_does_not()
    {
        using var site = new FixtureSite("basic-site");
        site.Write("input/_data/references/ages.yaml",
            "- {id: old2005, type: article-journal, title: An old trial, author: [{family: Old, given: A}], container-title: J Old, issued: {date-parts: [[2005]]}, DOI: 10.1000/old}\n" +
            "- {id: new2024, type: article-journal, title: A new review, author: [{family: New, given: B}], container-title: J New, issued: {date-parts: [[2024]]}, DOI: 10.1000/new}\n");
        site.Write("input/treatments/sample.md", Article("An old finding [@old2005] and a new one [@new2024].", "evidence: moderate\n").Replace("title: Sample condition", "title: Sample treatment", StringComparison.Ordinal));

        var notes = site.Check().Diagnostics.Where(d => d.Rule == "citation/old-source" && d.Location.File == "input/treatments/sample.md").ToList();

        var note = Assert.Single(notes);
        Assert.Equal(Severity.Info, note.Severity);
        Assert.Contains("old2005", note.Message);
        Assert.Equal(14, note.Location.Line);
    }
}
