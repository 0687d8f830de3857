using Synapse.Content;
using Synapse.Diagnostics;
using Synapse.Markdown;
using Synapse.Site;

namespace Synapse.Tests.Markdown;

public sealed class MarkdownStageTests
{
    private const string File = "input/neurotransmitters/serotonin.md";

    private static readonly LinkResolver Links = new(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["dopamine"] = "neurotransmitters/dopamine/",
    }, "/");

    /// <summary>Renders a body as if it followed <paramref name="frontMatterLines"/> lines of front matter in serotonin.md.</summary>
    private static (RenderedContent Content, IReadOnlyList<Diagnostic> Diagnostics) Render(string body, int frontMatterLines = 4, string? section = "neurotransmitters")
    {
        var source = new ParsedSource(new SourceFile(File, ""), new FrontMatter { Title = "Serotonin" }, body, frontMatterLines);
        var page = new Page("serotonin", "neurotransmitters/serotonin/", section, source) { IsArticle = section is not null };
        var bag = new DiagnosticBag();
        return (MarkdownStage.Render(page, Links, Synapse.Bibliography.SiteBibliography.Empty, bag), bag.Sorted());
    }

    [Fact]
    public void Level_2_and_3_headings_form_the_table_of_contents_with_github_style_ids()
    {
        var (content, _) = Render("## Key points\n\nText.\n\n### What *it* does\n\n#### Too deep\n\n## Key points\n");

        Assert.Equal(
            [new TocEntry(2, "key-points", "Key points"), new TocEntry(3, "what-it-does", "What it does"), new TocEntry(2, "key-points-1", "Key points")],
            content.Toc);
        Assert.Equal(["Key points", "What it does", "Too deep", "Key points"], content.Headings);
    }

    [Fact]
    public void Headings_get_an_anchor_link_whose_hidden_text_names_the_section()
    {
        var (content, _) = Render("## Side effects & risks\n");

        Assert.Contains("<h2 id=\"side-effects--risks\">", content.Html);
        Assert.Contains("<a class=\"heading-anchor\" href=\"#side-effects--risks\"><span aria-hidden=\"true\">#</span><span class=\"visually-hidden\">Link to the section: Side effects &amp; risks</span></a>", content.Html);
    }

    [Fact]
    public void Links_are_rewritten_and_collected_at_their_position_in_the_file()
    {
        var (content, diagnostics) = Render("Intro.\n\nSee [dopamine](xref:dopamine#receptors) and [more](../dopamine/).\n", frontMatterLines: 6);

        Assert.Empty(diagnostics);
        Assert.Contains("<a href=\"/neurotransmitters/dopamine/#receptors\">dopamine</a>", content.Html);
        Assert.Equal(
            [new SourceLocation(File, 9, 5), new SourceLocation(File, 9, 45)],
            content.Links.Select(l => l.At));
    }

    [Fact]
    public void Unknown_xref_in_a_list_item_is_reported_at_its_line_and_column_in_the_file()
    {
        var (_, diagnostics) = Render("## Key points\n\n- First\n- See [lithium](xref:lithium)\n", frontMatterLines: 9);

        var d = Assert.Single(diagnostics);
        Assert.Equal("link/unknown-xref", d.Rule);
        Assert.Equal(new SourceLocation(File, 13, 7), d.Location);
    }

    [Fact]
    public void Image_without_alternative_text_is_a_warning_at_the_image()
    {
        var (_, diagnostics) = Render("Text.\n\n![](/images/synapse.svg)\n");

        var d = Assert.Single(diagnostics);
        Assert.Equal("content/image-alt", d.Rule);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal(new SourceLocation(File, 7, 1), d.Location);
    }

    [Fact]
    public void Image_with_alternative_text_gives_no_warning()
    {
        var (_, diagnostics) = Render("Text.\n\n![A diagram of a synapse](/images/synapse.svg)\n");

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Level_1_heading_in_an_article_is_a_warning_but_not_on_a_stand_alone_page()
    {
        var (_, article) = Render("# Serotonin\n\nText.\n");
        var (_, standalone) = Render("# Serotonin\n\nText.\n", section: null);

        Assert.Equal(new SourceLocation(File, 5, 1), Assert.Single(article, d => d.Rule == "content/h1-in-body").Location);
        Assert.Empty(standalone);
    }

    [Fact]
    public void Plain_text_has_the_visible_words_without_code_blocks_or_markup()
    {
        var (content, _) = Render("Some **bold** words.\n\n```\nsecret code\n```\n\n- An item with `code`\n");

        Assert.Contains("Some bold words.", content.PlainText);
        Assert.Contains("An item with code", content.PlainText);
        Assert.DoesNotContain("secret", content.PlainText);
        Assert.DoesNotContain("*", content.PlainText);
    }

    [Fact]
    public void Pipe_tables_and_footnotes_are_rendered()
    {
        var (content, _) = Render("| Drug | Dose |\n|---|---|\n| Lithium | Low |\n\nA claim.[^1]\n\n[^1]: A note.\n");

        Assert.Contains("<table>", content.Html);
        Assert.Contains("class=\"footnotes\"", content.Html);
    }
}
