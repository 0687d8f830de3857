using System.Text;
using Synapse.Build;
using Synapse.Preview;
using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Preview;

/// <summary>`preview` builds into memory: output/ is never written, live reload lives in responses only, and the render cache is keyed on every input a page reads.</summary>
public sealed class PreviewFromMemoryTests
{
    private static PreviewBuilder Builder(FixtureSite site) => new(new BuildOptions(site.Root) { Today = FixtureSite.Today });

    private static string Html(MemorySite site, string path) => Encoding.UTF8.GetString(site.Get(path)!.Bytes);

    private static MemorySite BuildOk(PreviewBuilder builder)
    {
        var (result, site) = builder.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        return site!;
    }

    private static void Edit(FixtureSite site, string relative, Func<string, string> change)
    {
        var path = Path.Combine(site.Root, relative);
        File.WriteAllText(path, change(File.ReadAllText(path)));
    }

    [Fact]
    public void A_preview_build_makes_the_search_files_without_the_gz_and_br_copies_a_build_writes_for_hosts()
    {
        using var site = new FixtureSite("basic-site");

        var (preview, _) = Builder(site).Build();
        var build = SafeBuild.Run(new BuildOptions(site.Root) { Today = FixtureSite.Today, Write = false });

        Assert.Contains(build.Files, f => f.Path.EndsWith(".br", StringComparison.Ordinal));
        Assert.Contains(build.Files, f => f.Path.EndsWith(".gz", StringComparison.Ordinal));
        Assert.DoesNotContain(preview.Files, f => f.Path.EndsWith(".br", StringComparison.Ordinal) || f.Path.EndsWith(".gz", StringComparison.Ordinal));
        Assert.Equal(build.Files.Select(f => f.Path).Where(p => !p.EndsWith(".br", StringComparison.Ordinal) && !p.EndsWith(".gz", StringComparison.Ordinal)).Order(),
            preview.Files.Select(f => f.Path).Order());
    }

    [Fact]
    public void A_preview_build_holds_the_whole_site_in_memory_and_writes_no_output_folder()
    {
        using var site = new FixtureSite("basic-site");

        var memory = BuildOk(Builder(site));

        Assert.Contains("<h1", Html(memory, "neurotransmitters/serotonin/index.html"));
        Assert.NotNull(memory.Get("sitemap.xml"));
        Assert.NotNull(memory.Get("assets/site.css"));
        Assert.False(Directory.Exists(Path.Combine(site.Root, "output")));
        Assert.DoesNotContain("_synapse", Html(memory, "neurotransmitters/serotonin/index.html"));
    }

    [Fact]
    public void A_build_with_errors_gives_no_site_so_the_last_good_one_keeps_being_served()
    {
        using var site = new FixtureSite("basic-site");
        var builder = Builder(site);
        BuildOk(builder);
        Edit(site, "input/about.md", t => t + "\n[broken](xref:no-such-page)\n");

        var (result, memory) = builder.Build();

        Assert.False(result.Succeeded);
        Assert.Null(memory);
    }

    [Fact]
    public void Cache_key_the_pages_own_file_an_edit_re_renders_that_page_only()
    {
        using var site = new FixtureSite("basic-site");
        var builder = Builder(site);
        BuildOk(builder);
        Edit(site, "input/neurotransmitters/dopamine.md", t => t.Replace("Dopamine helps with movement", "Dopamine steers movement"));

        var memory = BuildOk(builder);

        Assert.Contains("Dopamine steers movement", Html(memory, "neurotransmitters/dopamine/index.html"));
        Assert.Equal(1, builder.Cache.Misses);
        Assert.True(builder.Cache.Hits > 3);
    }

    [Fact]
    public void Cache_key_layouts_a_layout_edit_shows_on_pages_whose_markdown_is_reused()
    {
        using var site = new FixtureSite("basic-site");
        var builder = Builder(site);
        BuildOk(builder);
        Edit(site, "theme/layouts/article.liquid", t => "<!-- layout v2 -->\n" + t);

        var memory = BuildOk(builder);

        Assert.Contains("<!-- layout v2 -->", Html(memory, "neurotransmitters/dopamine/index.html"));
        Assert.Equal(0, builder.Cache.Misses);
    }

    [Fact]
    public void Cache_key_bibliography_an_edited_reference_shows_in_the_reference_list_of_an_untouched_article()
    {
        using var site = new FixtureSite("basic-site");
        Directory.CreateDirectory(Path.Combine(site.Root, "input", "_data"));
        File.WriteAllText(Path.Combine(site.Root, "input", "_data", "references.yaml"), """
            - id: smith2020
              type: article-journal
              title: Dopamine and motivation
              author: [{family: Smith, given: Ann}]
              container-title: Journal of Tests
              issued: {date-parts: [[2020]]}
            """);
        Edit(site, "input/neurotransmitters/dopamine.md", t => t.Replace("Dopamine helps with movement and motivation.", "Dopamine helps with movement and motivation [@smith2020]."));
        var builder = Builder(site);
        Assert.Contains("Dopamine and motivation", Html(BuildOk(builder), "neurotransmitters/dopamine/index.html"));
        Edit(site, "input/_data/references.yaml", t => t.Replace("Dopamine and motivation", "Dopamine, reward and motivation"));

        var memory = BuildOk(builder);

        Assert.Contains("Dopamine, reward and motivation", Html(memory, "neurotransmitters/dopamine/index.html"));
        Assert.True(builder.Cache.Misses > 0);
    }

    [Fact]
    public void Cache_key_glossary_a_glossary_edit_renders_the_pages_again()
    {
        using var site = new FixtureSite("basic-site");
        var builder = Builder(site);
        BuildOk(builder);
        Edit(site, "input/_data/glossary.yaml", t => t.Replace("The gap between two nerve cells", "The narrow gap between two nerve cells"));

        var memory = BuildOk(builder);

        Assert.Contains("The narrow gap between two nerve cells", Html(memory, "glossary/index.html"));
        Assert.Equal(0, builder.Cache.Hits);
    }

    [Fact]
    public void Cache_key_settings_a_new_base_path_changes_the_links_in_untouched_markdown()
    {
        using var site = new FixtureSite("basic-site");
        var builder = Builder(site);
        Assert.Contains("href=\"/neurotransmitters/dopamine/\"", Html(BuildOk(builder), "neurotransmitters/serotonin/index.html"));
        Edit(site, "statiq.json", t => t.Replace("\"language\": \"en\",", "\"language\": \"en\", \"basePath\": \"/sub/\","));

        var memory = BuildOk(builder);

        Assert.Contains("href=\"/sub/neurotransmitters/dopamine/\"", Html(memory, "neurotransmitters/serotonin/index.html"));
        Assert.Equal(0, builder.Cache.Hits);
    }

    [Fact]
    public void Cache_key_xref_table_a_moved_page_updates_xref_links_in_untouched_pages()
    {
        using var site = new FixtureSite("basic-site");
        const string target = "---\ntitle: Target\nsummary: A page that moves.\n---\n\nText.\n";
        File.WriteAllText(Path.Combine(site.Root, "input", "target.md"), target);
        Edit(site, "input/about.md", t => t + "\nSee [the target](xref:target).\n");
        var builder = Builder(site);
        Assert.Contains("href=\"/target/\"", Html(BuildOk(builder), "about/index.html"));
        File.Delete(Path.Combine(site.Root, "input", "target.md"));
        Directory.CreateDirectory(Path.Combine(site.Root, "input", "more"));
        File.WriteAllText(Path.Combine(site.Root, "input", "more", "target.md"), target);

        var memory = BuildOk(builder);

        Assert.Contains("href=\"/more/target/\"", Html(memory, "about/index.html"));
    }
}
