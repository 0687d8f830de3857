using System.Text.Json;
using Synapse.Search;
using Synapse.Tests.Search.Oracle;

namespace Synapse.Tests.Search.Site;

/// <summary>
/// search.js in a simulated browser (happy-dom, tests/oracle/search-dom.js): the header box and the search
/// page under the base path /sub/, ?q= on load, results as you type, keyboard, no results, "/" shortcut.
/// </summary>
public sealed class SearchBrowserTests
{
    [Fact]
    public void Search_ui_works_under_a_base_path()
    {
        string dir = Path.Combine(Path.GetTempPath(), "synapse-search-dom-" + Guid.NewGuid().ToString("N"));
        try
        {
            SearchIndexWriter.Write(dir, SearchIndexWriter.Build(TestSite.Entries(), TestSite.Synonyms()));
            string request = JsonSerializer.Serialize(new
            {
                header = SearchAssetsTests.Render("search-form.liquid", "/sub/"),
                page = SearchAssetsTests.Render("search-page.liquid", "/sub/"),
                dir,
                @base = "/sub/",
            });
            string checks = LunrOracle.RunScript("search-dom.js", [], request);
            Assert.Contains("nothing loads before the box is focused", checks);
            Assert.Contains("no results suggests words, spelling and sections", checks);
            Assert.Contains("\\\"/\\\" focuses the search page box", checks);
            Assert.Contains("a keystroke on the search page shows title and summary matches before any index file arrives", checks);
            Assert.Contains("the full ranking replaces them, and only the excerpts of the documents shown are fetched after it", checks);
            Assert.Contains("the excerpts follow", checks);
            Assert.Contains("a query matching no title or summary waits for the full ranking", checks);
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }
}
