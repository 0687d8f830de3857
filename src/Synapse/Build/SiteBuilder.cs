using System.Diagnostics;
using Synapse.Bibliography;
using Synapse.Checks;
using Synapse.Configuration;
using Synapse.Content;
using Synapse.Diagnostics;
using Synapse.IO;
using Synapse.Layouts;
using Synapse.Markdown;
using Synapse.Output;
using Synapse.Site;

namespace Synapse.Build;

/// <summary>
/// Runs the phases in order — read → front matter → route → Markdown → whole-site model → outputs → publish plan → checks → write —
/// finishing each phase for every page before the next starts. It orders stages; the stages do the work.
/// </summary>
internal static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options, Action<string>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var timings = new StageTimings();
        var bag = new DiagnosticBag();
        var root = Path.GetFullPath(options.Root);
        var checkRegistry = options.Checks ?? CheckRegistry.Default();
        var ruleIds = RuleCatalogue.For(checkRegistry).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var settings = SettingsLoader.Load(root, bag, options.BasePath, ruleIds);
        bag.UseSeverities(settings.RuleSeverities);
        var paths = new SitePaths(root, options.OutputDir) { FollowSymlinks = settings.FollowSymlinks };
        SiteFiles.CheckLinks(paths, settings.FollowSymlinks, bag);
        if (options.Write) OutputFolder.Check(root, paths.Output, options.Force, bag);
        var today = options.Today ?? DateOnly.FromDateTime(DateTime.UtcNow);
        timings.EndPhase("settings");

        progress?.Invoke("reading content");
        var read = ContentReader.Read(paths, bag);
        var parsed = new ParsedSource?[read.Pages.Count];
        Parallel.For(0, read.Pages.Count, i => parsed[i] = FrontMatterParser.Parse(read.Pages[i], RulesFor(read.Pages[i], settings), bag));
        var pages = parsed.OfType<ParsedSource>()
            .Where(p => options.Drafts || !p.Meta.Draft)
            .Select(p => Routing.Route(p, settings)).ToList();

        timings.EndPhase("read + front matter");
        var xrefs = Routing.XrefTable(pages, GeneratedPages.Ids(settings), bag);
        var resolver = new LinkResolver(xrefs, settings.BasePath);
        var bibliography = BibliographyLoader.Load(root, bag);
        timings.EndPhase("routing + bibliography");

        progress?.Invoke($"rendering {pages.Count} pages");
        var rendered = new RenderedPage[pages.Count];
        var cacheInputs = options.Cache is null ? "" : BuildCache.SiteInputs(root, settings.BasePath, xrefs);
        options.Cache?.ResetCounters();
        Parallel.For(0, pages.Count, i => rendered[i] = new RenderedPage(pages[i], options.Cache is { } cache
            ? cache.GetOrRender(pages[i], cacheInputs, bag, local => MarkdownStage.Render(pages[i], resolver, bibliography, local))
            : MarkdownStage.Render(pages[i], resolver, bibliography, bag)));

        timings.EndPhase("markdown");
        var model = new SiteModel { Settings = settings, Pages = rendered, Glossary = GlossaryLoader.Load(root, bag), Bibliography = bibliography, Today = today };

        progress?.Invoke("applying layouts");
        var layouts = LayoutEngine.Load(paths, bag);
        var views = new ViewFactory(model, xrefs);
        var context = new OutputContext
        {
            Site = model, Paths = paths, Layouts = layouts, Views = views, SiteView = views.Site(),
            InputStaticFiles = read.StaticFiles, Diagnostics = bag, Timings = timings, Precompress = options.Precompress,
        };
        timings.EndPhase("glossary + layouts load");
        var files = PublishPlan.Guard((options.Outputs ?? OutputRegistry.Default()).Produce(context), bag);
        var htmlPages = files.Select(f => f.Page).OfType<PageOutput>().ToList();
        timings.EndPhase("outputs + publish plan");

        progress?.Invoke("checking");
        var checks = new CheckContext { Site = model, Xrefs = xrefs, Files = files, Diagnostics = bag, Timings = timings };
        checkRegistry.Run(checks);
        var readingLevels = checks.ReadingLevels.OrderBy(l => l.File, StringComparer.Ordinal).ToList();
        timings.EndPhase("checks");

        var written = false;
        if (options.Write && !bag.HasErrors)
        {
            progress?.Invoke($"writing {files.Count} files");
            OutputWriter.WriteAtomically(paths.Output, files);
            written = true;
            timings.EndPhase("write");
        }
        var sorted = bag.Sorted();
        timings.EndPhase("sort diagnostics");
        return new BuildResult(sorted, htmlPages.Count, files.Count, clock.Elapsed, written) { ReadingLevels = readingLevels, Files = files, Site = model, Layouts = layouts, Xrefs = xrefs, Timings = timings };
    }

    /// <summary>The front-matter rules of a source file: an article's (by section) or a page's.</summary>
    public static FrontMatterRules RulesFor(SourceFile file, SiteSettings settings) =>
        Routing.ArticleSection(file.Path, settings) is { } section
            ? FrontMatterRules.Article(section == "treatments", settings.ReviewCycleYears)
            : FrontMatterRules.Page(settings.ReviewCycleYears);
}
