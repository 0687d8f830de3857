using Synapse.Build;
using Synapse.Content;
using Synapse.Diagnostics;
using Synapse.IO;
using Synapse.Layouts;
using Synapse.Markdown;
using Synapse.Output;
using Synapse.Site;

namespace Synapse.Preview;

/// <summary>What the fast path renders against: the last good full build's site model, layouts, xref table and served files.</summary>
internal sealed record PreviewBase(SiteModel Model, LayoutEngine Layouts, IReadOnlyDictionary<string, string> Xrefs, ISiteContent Site)
{
    /// <summary>The base a successful build leaves; null when the build gave no site.</summary>
    public static PreviewBase? From(BuildResult result, ISiteContent? site) =>
        site is not null && result.Site is { } model && result.Layouts is { } layouts ? new PreviewBase(model, layouts, result.Xrefs, site) : null;
}

/// <summary>The fast path's answer: the re-rendered pages by output path, or why only a full build is safe.</summary>
internal sealed record FastRenderOutcome(IReadOnlyDictionary<string, ServedFile> Files, IReadOnlyList<string> Sources, string? Fallback)
{
    public bool Served => Fallback is null && Files.Count > 0;

    public static FastRenderOutcome Refused(string reason) => new(new Dictionary<string, ServedFile>(), [], reason);
}

/// <summary>
/// Preview's fast path (Hugo's "fast render"): when a save touched only content Markdown pages, those pages alone are
/// read, parsed, routed, rendered and put through their layout against the last good site model with the pages swapped
/// in. It refuses — a full build is then the only answer — whenever other pages or files could show the change: a page
/// added, deleted or renamed; a URL, id or front-matter field another page shows changed; theme/, statiq.json or any
/// data or layout file under input/_…; a static file; an error in the page; or anything unexpected.
/// </summary>
internal sealed class FastPageRender(string root)
{
    private readonly string _root = Path.GetFullPath(root);

    public FastRenderOutcome Render(PreviewBase last, IReadOnlyCollection<SiteChange> changes)
    {
        try { return RenderPages(last, changes); }
        catch (Exception ex) { return FastRenderOutcome.Refused($"the page could not be rendered alone ({ex.GetType().Name}: {ex.Message})"); }
    }

    private FastRenderOutcome RenderPages(PreviewBase last, IReadOnlyCollection<SiteChange> changes)
    {
        var model = last.Model;
        var bySource = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < model.Pages.Count; i++) bySource[model.Pages[i].Page.Source.File.Path] = i;

        var edited = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var change in changes)
        {
            if (Classify(change, bySource, last.Site, model) is { } refusal) return FastRenderOutcome.Refused(refusal);
            var rel = Relative(change.FullPath);
            if (bySource.ContainsKey(rel)) edited.Add(rel);
        }
        if (edited.Count == 0) return FastRenderOutcome.Refused("no page changed");

        var settings = model.Settings;
        var paths = new SitePaths(_root, Path.Combine(_root, "output")) { FollowSymlinks = settings.FollowSymlinks };
        var bag = new DiagnosticBag();
        bag.UseSeverities(settings.RuleSeverities);
        var resolver = new LinkResolver(last.Xrefs, settings.BasePath);
        var pages = model.Pages.ToArray();
        var swapped = new List<RenderedPage>();
        foreach (var rel in edited)
        {
            var before = pages[bySource[rel]];
            if (ContentReader.ReadText(paths, Path.Combine(_root, rel), bag) is not { } file
                || FrontMatterParser.Parse(file, SiteBuilder.RulesFor(file, settings), bag) is not { } parsed)
                return FastRenderOutcome.Refused($"{rel} has errors");
            var page = Routing.Route(parsed, settings);
            if (Route.Of(page) != Route.Of(before.Page)) return FastRenderOutcome.Refused($"{rel}: its URL or id changed");
            if (Shown.Of(page) != Shown.Of(before.Page)) return FastRenderOutcome.Refused($"{rel}: front matter that other pages show changed");
            var rendered = new RenderedPage(page, MarkdownStage.Render(page, resolver, model.Bibliography, bag));
            pages[bySource[rel]] = rendered;
            swapped.Add(rendered);
        }
        if (bag.HasErrors) return FastRenderOutcome.Refused(string.Join(", ", edited) + " has errors");

        var site = new SiteModel { Settings = settings, Pages = pages, Glossary = model.Glossary, Bibliography = model.Bibliography, Today = model.Today };
        var views = new ViewFactory(site, last.Xrefs);
        var context = new OutputContext
        {
            Site = site, Paths = paths, Layouts = last.Layouts, Views = views, SiteView = views.Site(),
            InputStaticFiles = [], Diagnostics = bag, Precompress = false,
        };
        var files = new Dictionary<string, ServedFile>(StringComparer.Ordinal);
        foreach (var page in swapped)
        {
            var output = ContentPagesOutput.Render(page, context);
            files[output.Path] = new ServedFile(System.Text.Encoding.UTF8.GetBytes(output.Html), ContentTypes.For(output.Path));
        }
        if (bag.HasErrors) return FastRenderOutcome.Refused(string.Join(", ", edited) + " has errors");
        return new FastRenderOutcome(files, edited.ToList(), null);
    }

    /// <summary>Null when the change is an edit of a known page or touches nothing the build reads; otherwise why it needs a full build.</summary>
    private string? Classify(SiteChange change, Dictionary<string, int> bySource, ISiteContent served, SiteModel model)
    {
        if (change.FullPath.Length == 0) return "a change the watcher could not name";
        var rel = Relative(change.FullPath);
        if (!rel.StartsWith("input/", StringComparison.Ordinal)) return $"{rel} is not content";
        var inInput = rel["input/".Length..];
        var segments = inInput.Split('/');
        if (segments.Any(s => s.StartsWith('_'))) return $"{rel} is a data or layout file";
        if (segments.Any(s => s.StartsWith('.'))) return null; // hidden files (editors' swap files) are never read
        if (Directory.Exists(change.FullPath))
            return change.Kind == SiteChangeKind.Changed ? null : $"the folder {rel} was added or renamed";
        var exists = File.Exists(change.FullPath);
        if (bySource.ContainsKey(rel)) return exists ? null : $"{rel} was deleted or renamed";
        if (exists) return rel.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? $"{rel} is not a page of the last build" : $"{rel} is a static file";
        // Gone and never part of the site (a temporary file an editor made and removed), unless a file or folder the site had.
        var folder = rel + "/";
        return served.Get(inInput) is not null || model.Pages.Any(p => p.Page.Source.File.Path.StartsWith(folder, StringComparison.Ordinal))
            ? $"{rel} was deleted or renamed" : null;
    }

    private string Relative(string fullPath) => Path.GetRelativePath(_root, fullPath).Replace('\\', '/');

    /// <summary>Where a page lives: if any of this changes, links, the xref table and other pages' lists change.</summary>
    private sealed record Route(string Id, string Url, string? Section, bool IsArticle)
    {
        public static Route Of(Page p) => new(p.Id, p.Url, p.Section, p.IsArticle);
    }

    /// <summary>
    /// The front matter other pages and site-wide files show (cards, related lists, tag and section pages, feed, sitemap,
    /// redirects). Authors, reviewer, next review, crisis card, layout and extra keys show on the page itself only.
    /// </summary>
    private sealed record Shown(string Title, string Summary, string Tags, string Related, int Order, DateOnly? Reviewed, EvidenceLevel Evidence,
        bool Draft, string? Xref, string RedirectFrom, bool InSitemap, DateOnly? Published, DateOnly? Updated)
    {
        public static Shown Of(Page p)
        {
            var m = p.Meta;
            return new(m.Title, m.Summary, string.Join('\n', m.Tags), string.Join('\n', m.Related), m.Order, m.Reviewed, m.Evidence,
                m.Draft, m.Xref, string.Join('\n', m.RedirectFrom), m.IncludeInSitemap, m.Published, m.Updated);
        }
    }
}
