using Synapse.Output;
using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Extensibility;

/// <summary>An output written outside the generator: one class, one registration line.</summary>
internal sealed class WordCountOutput : IOutput
{
    public string Name => "word-counts";

    public IEnumerable<OutputFile> Produce(OutputContext context) =>
        context.Site.Articles.Select(a => new OutputFile(a.Page.Url + "words.txt", a.Content.PlainText.Split(' ', '\n').Count(w => w.Length > 0) + "\n")
        {
            Source = Diagnostics.SourceLocation.FileOnly(a.Page.Source.File.Path),
        });
}

/// <summary>A slow output that reads only the site model, so the registry runs it alongside the others.</summary>
internal sealed class SlowModelOutput : IOutput
{
    public string Name => "slow-model";
    public bool ReadsOnlySiteModel => true;

    public IEnumerable<OutputFile> Produce(OutputContext context)
    {
        Thread.Sleep(300);
        return [new OutputFile("slow.txt", context.Site.Pages.Count + "\n")];
    }
}

/// <summary>An output that reads the plan: it lists every file planned before it.</summary>
internal sealed class PlanListOutput : IOutput
{
    public string Name => "plan-list";

    public IEnumerable<OutputFile> Produce(OutputContext context) =>
        [new OutputFile("plan.txt", string.Join("\n", context.Planned.Select(f => f.Path)) + "\n")];
}

public sealed class ToyOutputTests
{
    [Fact]
    public void An_output_run_alongside_the_others_joins_the_plan_in_registration_order_and_is_seen_by_later_outputs()
    {
        using var site = new FixtureSite("basic-site");
        var output = site.NewOutputPath();
        var result = site.Build(output, o => o with { Outputs = OutputRegistry.Default().Add(new SlowModelOutput()).Add(new PlanListOutput()) });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var producers = result.Files.Select(f => f.Producer).Distinct().ToList();
        Assert.Equal(OutputRegistry.Default().Outputs.Select(o => o.Name).Concat(["slow-model", "plan-list"]).Where(producers.Contains), producers);
        var plan = File.ReadAllLines(Path.Combine(output, "plan.txt"));
        Assert.Equal("slow.txt", plan[^1]);
        Assert.Contains(Synapse.Search.SearchShards.MetaFile, plan);
        Assert.Equal(result.Files.Count - 1, plan.Length);
    }

    [Fact]
    public void A_registered_output_class_adds_its_files_to_the_build()
    {
        using var site = new FixtureSite("basic-site");
        var output = site.NewOutputPath();
        var result = site.Build(output, o => o with { Outputs = OutputRegistry.Default().Add(new WordCountOutput()) });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var words = File.ReadAllText(Path.Combine(output, "neurotransmitters", "serotonin", "words.txt"));
        Assert.True(int.Parse(words) > 20);
        var planned = Assert.Single(result.Files, f => f.Path == "neurotransmitters/serotonin/words.txt");
        Assert.Equal("word-counts", planned.Producer);
        Assert.Equal("input/neurotransmitters/serotonin.md", planned.Source?.File);
    }

    [Fact]
    public void Every_current_output_is_a_registered_part_that_names_its_files()
    {
        using var site = new FixtureSite("basic-site");
        var result = site.Build(site.NewOutputPath());

        var producers = result.Files.GroupBy(f => f.Producer).ToDictionary(g => g.Key, g => g.Select(f => f.Path).ToList());
        Assert.Equal(OutputRegistry.Default().Outputs.Select(o => o.Name).Order(), producers.Keys.Order());
        Assert.Contains("neurotransmitters/serotonin/index.html", producers["pages"]);
        Assert.Contains("neurotransmitters/serotonin/index.json", producers["article-json"]);
        Assert.Contains("sitemap.xml", producers["sitemap"]);
        Assert.Contains("robots.txt", producers["robots"]);
        Assert.Contains("feed.xml", producers["feed"]);
        Assert.Contains(Synapse.Search.SearchShards.MetaFile, producers["search"]);
        Assert.Contains("tags/", producers["tag-indexes"].Select(p => p[..^"index.html".Length]));
        Assert.Contains("assets/site.css", producers["static-files"]);
        Assert.Contains("404.html", producers["generated-pages"]);
        Assert.Contains("_redirects", producers["redirects"]);
        Assert.Contains("embed/conditions/depression/index.html", producers["embed-views"]);
        Assert.Contains("_headers", producers["host-headers"]);
    }

    [Fact]
    public void Registering_two_outputs_with_one_name_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => OutputRegistry.Default().Add(new WordCountOutput()).Add(new WordCountOutput()));
        Assert.Contains("word-counts", error.Message);
    }
}
