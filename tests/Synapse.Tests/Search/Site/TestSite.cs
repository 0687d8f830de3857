using System.Text.Json;
using Synapse.Diagnostics;
using Synapse.Search;
using Synapse.Tests.Search.Oracle;

namespace Synapse.Tests.Search.Site;

/// <summary>The realistic test documents as search entries, and the site's real synonyms file.</summary>
internal static class TestSite
{
    public static IReadOnlyList<SearchEntry> Entries()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(RepoPaths.Combine("tests", "Synapse.Tests", "Search", "Data", "realistic-documents.json")));
        return json.RootElement.EnumerateArray().Select(d =>
        {
            string url = d.GetProperty("ref").GetString()!;
            var f = d.GetProperty("fields");
            string Text(string name) => f.GetProperty(name).GetString() ?? "";
            string section = url[..url.IndexOf('/')];
            return new SearchEntry(url, Text("title"), char.ToUpperInvariant(section[0]) + section[1..], Text("summary"),
                Text("tags").Split(' ', StringSplitOptions.RemoveEmptyEntries), Text("headings").Split('\n', StringSplitOptions.RemoveEmptyEntries),
                Text("body"));
        }).ToList();
    }

    public static SearchSynonyms Synonyms()
    {
        var diagnostics = new DiagnosticBag();
        var synonyms = SearchSynonyms.Load(RepoPaths.Combine("input", "_data", "synonyms.yaml"), "input/_data/synonyms.yaml", diagnostics);
        Assert.Empty(diagnostics.Sorted());
        return synonyms;
    }
}
