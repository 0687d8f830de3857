using System.Text;
using Synapse.Build;
using Synapse.Preview;
using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Preview;

/// <summary>
/// Preview's fast path renders an edited page alone against the last good build, and refuses (leaving it to the full
/// build) whenever other pages or files could show the change.
/// </summary>
public sealed class FastPageRenderTests : IDisposable
{
    private const string Dopamine = "input/neurotransmitters/dopamine.md";
    private const string DopaminePage = "neurotransmitters/dopamine/index.html";

    private readonly FixtureSite _site = new("basic-site");
    private readonly PreviewBuilder _builder;
    private readonly PreviewBase _base;

    public FastPageRenderTests()
    {
        _builder = new PreviewBuilder(new BuildOptions(_site.Root) { Today = FixtureSite.Today });
        var (result, site) = _builder.Build();
        Assert.True(result.Succeeded);
        _base = PreviewBase.From(result, site)!;
    }

    public void Dispose() => _site.Dispose();

    private string Original(string rel) => File.ReadAllText(Path.Combine(_site.Root, rel));

    private SiteChange Edit(string rel, Func<string, string> change)
    {
        var path = _site.Write(rel, change(Original(rel)));
        return new SiteChange(path, SiteChangeKind.Changed);
    }

    private FastRenderOutcome Render(params SiteChange[] changes) => new FastPageRender(_site.Root).Render(_base, changes);

    private static string Text(FastRenderOutcome outcome, string path) => Encoding.UTF8.GetString(outcome.Files[path].Bytes);

    [Fact]
    public void A_body_edit_is_rendered_alone_and_matches_what_the_full_build_makes_of_it()
    {
        var outcome = Render(Edit(Dopamine, t => t + "\nA new paragraph about reward.\n"));

        Assert.True(outcome.Served, outcome.Fallback);
        Assert.Equal([DopaminePage], outcome.Files.Keys);
        Assert.Contains("A new paragraph about reward.", Text(outcome, DopaminePage));
        var (full, site) = _builder.Build();
        Assert.True(full.Succeeded);
        Assert.False(PreviewLoop.Differs(outcome, site!));
    }

    [Fact]
    public void Front_matter_only_the_page_shows_may_change()
    {
        var outcome = Render(Edit(Dopamine, t => t.Replace("authors: [Synapse editorial team]", "authors: [Dr Ada Reviewer]")));

        Assert.True(outcome.Served, outcome.Fallback);
        Assert.Contains("Dr Ada Reviewer", Text(outcome, DopaminePage));
    }

    [Fact]
    public void Two_edited_pages_are_both_rendered()
    {
        var outcome = Render(Edit(Dopamine, t => t + "\nFirst edit.\n"), Edit("input/neurotransmitters/serotonin.md", t => t + "\nSecond edit.\n"));

        Assert.True(outcome.Served, outcome.Fallback);
        Assert.Contains("First edit.", Text(outcome, DopaminePage));
        Assert.Contains("Second edit.", Text(outcome, "neurotransmitters/serotonin/index.html"));
    }

    [Fact]
    public void An_editor_temporary_file_that_came_and_went_is_ignored()
    {
        var temp = new SiteChange(Path.Combine(_site.Root, "input", "neurotransmitters", "4913"), SiteChangeKind.Deleted);
        var swap = new SiteChange(Path.Combine(_site.Root, "input", "neurotransmitters", ".dopamine.md.swp"), SiteChangeKind.Created);

        var outcome = Render(temp, swap, Edit(Dopamine, t => t + "\nSaved by an editor.\n"));

        Assert.True(outcome.Served, outcome.Fallback);
    }

    [Fact]
    public void A_folder_changed_event_alone_is_no_page_change()
    {
        var outcome = Render(new SiteChange(Path.Combine(_site.Root, "input", "neurotransmitters"), SiteChangeKind.Changed));

        Assert.False(outcome.Served);
        Assert.Equal("no page changed", outcome.Fallback);
    }

    [Fact]
    public void A_new_page_needs_the_full_build()
    {
        var path = _site.Write("input/neurotransmitters/gaba.md", "---\ntitle: GABA\nsummary: Calming.\nreviewed: 2026-09-01\n---\n\nText.\n");

        var outcome = Render(new SiteChange(path, SiteChangeKind.Created));

        Assert.Contains("not a page of the last build", outcome.Fallback);
    }

    [Fact]
    public void A_deleted_page_needs_the_full_build()
    {
        var path = Path.Combine(_site.Root, Dopamine);
        File.Delete(path);

        Assert.Contains("deleted or renamed", Render(new SiteChange(path, SiteChangeKind.Deleted)).Fallback);
    }

    [Fact]
    public void A_renamed_page_needs_the_full_build()
    {
        var from = Path.Combine(_site.Root, Dopamine);
        var to = Path.Combine(_site.Root, "input", "neurotransmitters", "dopamine-2.md");
        File.Move(from, to);

        var outcome = Render(new SiteChange(from, SiteChangeKind.Deleted), new SiteChange(to, SiteChangeKind.Created));

        Assert.False(outcome.Served);
        Assert.NotNull(outcome.Fallback);
    }

    [Theory]
    [InlineData("title: Dopamine", "title: Dopamine and reward")]
    [InlineData("summary: What dopamine does, and what goes wrong.", "summary: A new summary.")]
    [InlineData("tags: [mood, motivation]", "tags: [mood]")]
    [InlineData("reviewed: 2026-09-01", "reviewed: 2026-10-01")]
    [InlineData("order: 20", "order: 5")]
    [InlineData("order: 20", "order: 20\ndraft: true")]
    public void A_front_matter_field_other_pages_show_needs_the_full_build(string from, string to)
    {
        var outcome = Render(Edit(Dopamine, t => t.Replace(from, to)));

        Assert.Contains("front matter that other pages show changed", outcome.Fallback);
    }

    [Fact]
    public void A_changed_page_id_needs_the_full_build()
    {
        var outcome = Render(Edit(Dopamine, t => t.Replace("order: 20", "order: 20\nxref: dopamine-page")));

        Assert.Contains("URL or id changed", outcome.Fallback);
    }

    [Fact]
    public void An_error_in_the_edited_page_needs_the_full_build()
    {
        var outcome = Render(Edit(Dopamine, t => t.Replace("title: Dopamine", "title: [unclosed")));

        Assert.Contains("has errors", outcome.Fallback);
    }

    [Theory]
    [InlineData("theme/assets/site.css", "is not content")]
    [InlineData("statiq.json", "is not content")]
    [InlineData("input/_data/glossary.yaml", "is a data or layout file")]
    [InlineData("input/images/synapse.svg", "is a static file")]
    public void A_change_outside_content_pages_needs_the_full_build(string rel, string reason)
    {
        var outcome = Render(new SiteChange(Path.Combine(_site.Root, rel), SiteChangeKind.Changed), Edit(Dopamine, t => t + "\nEdited.\n"));

        Assert.Contains(reason, outcome.Fallback);
    }

    [Fact]
    public void A_change_the_watcher_could_not_name_needs_the_full_build()
    {
        Assert.Equal("a change the watcher could not name", Render(SiteChange.Unknown).Fallback);
    }

    [Fact]
    public void Anything_that_throws_needs_the_full_build()
    {
        var broken = _base with { Site = new ThrowingSite() };
        var gone = new SiteChange(Path.Combine(_site.Root, "input", "neurotransmitters", "gone.txt"), SiteChangeKind.Deleted);

        var outcome = new FastPageRender(_site.Root).Render(broken, [gone, Edit(Dopamine, t => t + "\nEdited.\n")]);

        Assert.False(outcome.Served);
        Assert.Contains("could not be rendered alone (IOException: disk gone)", outcome.Fallback);
    }

    private sealed class ThrowingSite : ISiteContent
    {
        public ServedFile? Get(string path) => throw new IOException("disk gone");
    }
}
