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

    public bool ReadsOnlySiteModel => true;

    public IEnumerable<OutputFile> Produce(OutputContext context) => Plan(context.Site, context.Paths.Root, context.Diagnostics, context.Precompress);

    public static IEnumerable<OutputFile> Plan(SiteModel site, string siteRoot, DiagnosticBag bag, bool precompress = true)
    {
        var sections = site.Settings.Sections.ToDictionary(s => s.Id, s => s.Title);
        var entries = site.Pages
            .Where(p => !p.Page.IsSectionIndex && p.Page.Url.Length > 0)
            .Select(p => new SearchEntry(p.Page.Url, p.Page.Meta.Title, p.Page.Section is { } id && sections.TryGetValue(id, out var t) ? t : "About",
                p.Page.Meta.Summary, p.Page.Meta.Tags, p.Content.Headings, p.Content.PlainText))
            .DistinctBy(e => e.Url, StringComparer.Ordinal) // two pages with one URL: the publish plan reports the collision
            .ToList();
        if (!entries.Any(e => e.Url == "help/")) entries.Add(HelpEntry(site));
        if (site.Glossary.Count > 0 && !entries.Any(e => e.Url == "glossary/"))
            entries.Add(new SearchEntry("glossary/", "Glossary", "Reference", "Plain-language meanings of the terms used on this site.", [],
                site.Glossary.Select(g => g.Term).ToList(), string.Join("\n", site.Glossary.Select(g => g.Term + ". " + g.Definition))));

        var synonymsPath = Path.Combine(siteRoot, "input", "_data", "synonyms.yaml");
        var synonyms = SearchSynonyms.Load(synonymsPath, "input/_data/synonyms.yaml", bag);
        var artifacts = SearchIndexWriter.Build(entries, synonyms);
        var files = new OutputFile[artifacts.Files.Count][];
        Parallel.For(0, files.Length, i => files[i] = Compressed(artifacts.Files[i], precompress));
        return files.SelectMany(f => f);
    }

    private static SearchEntry HelpEntry(SiteModel site)
    {
        var text = new StringBuilder(HelpText.Urgent).Append('\n').Append(HelpText.Intro).Append('\n');
        foreach (var country in site.Settings.Crisis.Countries)
            foreach (var service in country.Services)
                text.Append(country.Name).Append(": ").Append(service.Name).Append(", ").Append(service.Contact).Append(". ").Append(service.Description).Append('\n');
        return new SearchEntry("help/", HelpText.Title, "Help", HelpText.Summary,
            ["crisis", "help"], site.Settings.Crisis.Countries.Select(c => c.Name).ToList(), text.ToString());
    }

    /// <summary>The file, and its .gz and .br copies when it asks for them.</summary>
    private static OutputFile[] Compressed(SearchFile file, bool precompress)
    {
        var bytes = Encoding.UTF8.GetBytes(file.Text);
        if (!file.Precompress || !precompress) return [new OutputFile(file.Path, Bytes: bytes)];
        return [new OutputFile(file.Path, Bytes: bytes), new OutputFile(file.Path + ".gz", Bytes: PrecompressedFile.Gzip(bytes)),
            new OutputFile(file.Path + ".br", Bytes: PrecompressedFile.Brotli(bytes))];
    }
}
