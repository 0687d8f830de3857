using System.Text;
using Synapse.Diagnostics;
using Synapse.Search;
using Synapse.Site;

namespace Synapse.Output;

/// <summary>
/// The search output: every published content page, the help page (so "988" and "Samaritans" are findable) and the
/// glossary, indexed by <see cref="SearchIndexWriter"/>; written with precompressed .gz and .br copies.
/// Drafts are never indexed (they are not in the model), and neither is the 404 page.
/// </summary>
internal sealed class SearchOutput : IOutput
{
    public string Name => "search";

    public IEnumerable<OutputFile> Produce(OutputContext context) => Plan(context.Site, context.Paths.Root, context.Diagnostics);

    public static IEnumerable<OutputFile> Plan(SiteModel site, string siteRoot, DiagnosticBag bag)
    {
        var sections = site.Settings.Sections.ToDictionary(s => s.Id, s => s.Title);
        var entries = site.Pages
            .Where(p => !p.Page.IsSectionIndex && p.Page.Url.Length > 0)
            .Select(p => new SearchEntry(p.Page.Url, p.Page.Meta.Title, p.Page.Section is { } id && sections.TryGetValue(id, out var t) ? t : "About",
                p.Page.Meta.Summary, p.Page.Meta.Tags, p.Content.Headings, p.Content.PlainText))
            .ToList();
        if (!entries.Any(e => e.Url == "help/")) entries.Add(HelpEntry(site));
        if (site.Glossary.Count > 0 && !entries.Any(e => e.Url == "glossary/"))
            entries.Add(new SearchEntry("glossary/", "Glossary", "Reference", "Plain-language meanings of the terms used on this site.", [],
                site.Glossary.Select(g => g.Term).ToList(), string.Join("\n", site.Glossary.Select(g => g.Term + ". " + g.Definition))));

        var synonymsPath = Path.Combine(siteRoot, "input", "_data", "synonyms.yaml");
        var synonyms = SearchSynonyms.Load(synonymsPath, "input/_data/synonyms.yaml", bag);
        var artifacts = SearchIndexWriter.Build(entries, synonyms);
        return Compressed(SearchArtifacts.IndexFileName, artifacts.IndexJson).Concat(Compressed(SearchArtifacts.DocumentsFileName, artifacts.DocumentsJson));
    }

    private static SearchEntry HelpEntry(SiteModel site)
    {
        var text = new StringBuilder("If your life or someone else's life is in danger now, call your emergency number.\n");
        foreach (var country in site.Settings.Crisis.Countries)
            foreach (var service in country.Services)
                text.Append(country.Name).Append(": ").Append(service.Name).Append(", ").Append(service.Contact).Append(". ").Append(service.Description).Append('\n');
        return new SearchEntry("help/", "Need help now?", "Help", "Urgent mental-health support: crisis lines and emergency numbers by country.",
            ["crisis", "help"], site.Settings.Crisis.Countries.Select(c => c.Name).ToList(), text.ToString());
    }

    /// <summary>The file and its .gz and .br copies, compressed in parallel.</summary>
    private static IEnumerable<OutputFile> Compressed(string name, string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        byte[]? gzip = null, brotli = null;
        Parallel.Invoke(() => gzip = PrecompressedFile.Gzip(bytes), () => brotli = PrecompressedFile.Brotli(bytes));
        return [new OutputFile(name, Bytes: bytes), new OutputFile(name + ".gz", Bytes: gzip), new OutputFile(name + ".br", Bytes: brotli)];
    }
}
