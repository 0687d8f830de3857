using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Synapse.Tests.Bibliography;

namespace Synapse.Tests.Citations;

/// <summary>A whole article rendered as the site does, checked as a browser would see it.</summary>
public sealed class RenderedArticleTests
{
    private const string Article = """
        # Transcranial magnetic stimulation

        TMS is a treatment for depression [@rose2002; @murray2002; @gilstrap2002; @who2017].
        It is delivered in a clinic [see @nimh-depression, p. 2; also @fda-spravato-2019].

        ## Evidence

        - Response rates vary [@rose2002, pp. 40-41].
        - Guidance exists [@who2017; @meltzer2002].

        A claim with an unknown source [@nobody2020] still renders.
        """;

    private static IDocument Render(string markdown)
    {
        var html = Articles.RenderWithReferences(markdown, Fixtures.Load());
        return new HtmlParser().ParseDocument("<!doctype html><html><body><article>" + html + "</article></body></html>");
    }

    [Fact]
    public void Every_marker_link_resolves_to_a_reference_entry_and_is_named_after_it()
    {
        var document = Render(Article);
        var links = document.QuerySelectorAll("span.citation a[href]");
        Assert.Equal(7, links.Length);
        foreach (var link in links)
        {
            var id = link.GetAttribute("href")![1..];
            var target = document.GetElementById(id);
            Assert.NotNull(target);
            Assert.Equal("LI", target.TagName);
            Assert.Equal($"Reference {id["ref-".Length..]}", link.GetAttribute("aria-label"));
        }
    }

    [Fact]
    public void Every_back_link_resolves_to_a_marker_and_each_entry_links_back_to_every_citing_marker()
    {
        var document = Render(Article);
        var entries = document.QuerySelectorAll("section.references ol > li");
        Assert.Equal(7, entries.Length);
        foreach (var entry in entries)
        {
            var number = entry.Id!["ref-".Length..];
            var citing = document.QuerySelectorAll("span.citation")
                .Where(marker => marker.QuerySelectorAll($"a[href='#ref-{number}']").Length > 0
                    || marker.QuerySelectorAll(".cite-run").Any(run => InRun(run, int.Parse(number))))
                .Select(marker => marker.Id!)
                .ToList();
            var backLinks = entry.QuerySelectorAll(".ref-backlinks a");
            Assert.Equal(citing, backLinks.Select(a => a.GetAttribute("href")![1..]).ToList());
            for (var i = 0; i < backLinks.Length; i++)
            {
                Assert.Equal($"Back to citation {i + 1} of reference {number}", backLinks[i].GetAttribute("aria-label"));
                Assert.Contains("citation", document.GetElementById(citing[i])!.ClassList);
            }
        }
    }

    [Fact]
    public void Ids_are_unique_and_the_references_section_is_labelled_by_its_heading()
    {
        var document = Render(Article);
        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var section = Assert.Single(document.QuerySelectorAll("section.references"));
        Assert.Equal("references", section.GetAttribute("aria-labelledby"));
        Assert.Equal("References", document.GetElementById("references")!.TextContent);
        Assert.Same(section, document.QuerySelector("article")!.LastElementChild);
    }

    [Fact]
    public void Compressed_run_is_a_named_group_and_unknown_keys_show_as_missing()
    {
        var document = Render(Article);
        var run = Assert.Single(document.QuerySelectorAll(".cite-run"));
        Assert.Equal("References 1 to 4", run.GetAttribute("aria-label"));
        Assert.Equal("[1–4]", run.ParentElement!.TextContent);
        var missing = Assert.Single(document.QuerySelectorAll(".cite-missing"));
        Assert.Equal("[?nobody2020]", missing.TextContent);
    }

    [Fact]
    public void Entries_are_numbered_in_order_of_first_citation()
    {
        var document = Render(Article);
        var entries = document.QuerySelectorAll("section.references li").Select(li => li.TextContent).ToList();
        Assert.StartsWith("Rose ME", entries[0]);
        Assert.StartsWith("Murray PR", entries[1]);
        Assert.StartsWith("Gilstrap LC", entries[2]);
        Assert.StartsWith("World Health Organization", entries[3]);
        Assert.StartsWith("Depression [Internet]", entries[4]);
        Assert.StartsWith("U.S. Food and Drug Administration", entries[5]);
        Assert.StartsWith("Meltzer PS", entries[6]);
    }

    [Fact]
    public void References_section_replaces_the_marker_when_the_article_has_one()
    {
        var document = Render("Claim [@rose2002].\n\n<!-- references -->\n\n## Further reading\n\nText.\n");
        var section = document.QuerySelector("section.references")!;
        Assert.Equal("H2", section.NextElementSibling!.TagName);
        Assert.Equal("Further reading", section.NextElementSibling.TextContent);
        Assert.DoesNotContain("synapse:references", document.Body!.InnerHtml);
    }

    private static bool InRun(IElement run, int number)
    {
        var ends = run.QuerySelectorAll("a").Select(a => int.Parse(a.TextContent)).ToList();
        return number >= ends[0] && number <= ends[^1];
    }
}
