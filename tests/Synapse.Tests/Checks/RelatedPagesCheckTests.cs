using Synapse.Diagnostics;
using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Checks;

/// <summary>front-matter/unknown-related: every entry of an article's related: list names a page.</summary>
public sealed class RelatedPagesCheckTests
{
    private const string File = "input/conditions/sample.md";

    /// <summary>Checks the basic fixture site with a sample article (related: list on line 5) that the depression page links to.</summary>
    private static List<Diagnostic> Check(string related)
    {
        using var site = new FixtureSite("basic-site");
        site.Write(File,
            $"---\ntitle: Sample condition\nsummary: A sample article about a condition, written to test the related list.\ntags: [mood]\nrelated: {related}\n" +
            "authors: [Synapse editorial team]\nreviewer: Synapse editorial team\nreviewed: 2026-11-01\n---\n\n## Key points\n\nText.\n");
        System.IO.File.AppendAllText(Path.Combine(site.Root, "input", "conditions", "depression.md"), "\nSee also [the sample condition](xref:sample).\n");
        return site.Check().Diagnostics.Where(d => d.Rule == "front-matter/unknown-related").ToList();
    }

    [Fact]
    public void A_related_entry_that_names_no_page_is_an_error_at_the_related_key()
    {
        var found = Assert.Single(Check("[depression, no-such-page]"));

        Assert.True(found.IsError);
        Assert.Equal((File, 5), (found.Location.File, found.Location.Line));
        Assert.Equal("related: 'no-such-page' is not the slug of any page.", found.Message);
    }

    [Fact]
    public void Related_entries_naming_articles_or_a_section_page_are_not_reported()
    {
        Assert.Empty(Check("[depression, serotonin, guides]"));
    }
}
