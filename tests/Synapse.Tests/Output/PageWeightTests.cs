using AngleSharp.Html.Parser;
using Synapse.Build;
using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Output;

/// <summary>
/// The CSS and JavaScript a page of the repository's own site loads, uncompressed: at most 30 KB per page, the search
/// files aside (search.css, search.js and lunr.js, whose size the search budgets cover). Counted from the stylesheets and
/// scripts each built page names, with the bytes the build wrote for them.
/// </summary>
public sealed class PageWeightTests
{
    private const int BudgetBytes = 30 * 1024;
    private static readonly string[] SearchAssets = ["assets/search.css", "assets/search.js", "assets/lunr.js"];

    [Fact]
    public void No_page_of_the_repository_site_loads_more_than_30_KB_of_css_and_javascript_search_aside()
    {
        var result = SiteBuilder.Build(new BuildOptions(RepoPaths.Root) { Write = false });
        Assert.True(result.Succeeded);
        var files = result.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var parser = new HtmlParser();

        var weights = new List<(string Page, int Bytes, string Assets)>();
        foreach (var page in result.Files.Where(f => f.IsHtml))
        {
            var document = parser.ParseDocument(System.Text.Encoding.UTF8.GetString(page.ReadBytes()));
            var assets = document.QuerySelectorAll("link[rel=stylesheet][href]").Select(e => e.GetAttribute("href")!)
                .Concat(document.QuerySelectorAll("script[src]").Select(e => e.GetAttribute("src")!))
                .Where(href => href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal))
                .Select(href => href[1..].Split('?', '#')[0])
                .Distinct(StringComparer.Ordinal)
                .Where(path => !SearchAssets.Contains(path))
                .ToList();
            var missing = assets.Where(a => !files.ContainsKey(a)).ToList();
            Assert.True(missing.Count == 0, $"{page.Path} names assets the build did not write: {string.Join(", ", missing)}");
            var sizes = assets.Select(a => (Asset: a, Bytes: files[a].ReadBytes().Length)).ToList();
            weights.Add((page.Path, sizes.Sum(s => s.Bytes), string.Join(", ", sizes.Select(s => $"{s.Asset} {s.Bytes:N0}"))));
        }

        Assert.True(weights.Count > 30, $"only {weights.Count} pages");
        Assert.All(weights, w => Assert.True(w.Bytes > 0, $"{w.Page} loads no stylesheet or script at all"));
        var over = weights.Where(w => w.Bytes > BudgetBytes).OrderByDescending(w => w.Bytes).ToList();
        Assert.True(over.Count == 0, $"CSS + JS over {BudgetBytes:N0} bytes, search aside:\n" + string.Join("\n", over.Select(w => $"{w.Page}: {w.Bytes:N0} ({w.Assets})")));
    }
}
