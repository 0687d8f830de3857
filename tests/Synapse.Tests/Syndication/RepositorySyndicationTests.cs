using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Synapse.Build;
using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Syndication;

/// <summary>The repository's own site built once into a temp folder, for checks over every real article.</summary>
public sealed class RepositorySiteBuild : IDisposable
{
    private readonly TempFolder _temp = new();

    public RepositorySiteBuild()
    {
        var output = _temp.Combine("out");
        Built = new BuiltSite(output, SiteBuilder.Build(new BuildOptions(RepoPaths.Root) { Output = output }));
    }

    internal BuiltSite Built { get; }

    public void Dispose() => _temp.Dispose();
}

/// <summary>The content API, oEmbed files and headers of the repository's own site: every real article, references included.</summary>
public sealed class RepositorySyndicationTests(RepositorySiteBuild site) : IClassFixture<RepositorySiteBuild>
{
    private BuiltSite Built => site.Built;

    private List<string> Ids =>
        JsonNode.Parse(Built.ReadText("api/articles.json"))!["articles"]!.AsArray().Select(a => (string)a!["id"]!).ToList();

    [Fact]
    public void Every_article_of_the_repository_site_is_split_without_an_html_parser()
    {
        var articles = Built.Result.Site!.Articles.ToList();
        Assert.True(articles.Count > 30);
        Assert.All(articles, a => Assert.True(Synapse.Output.Syndication.BodyNode.TryParse(a.Content.Html) is not null, a.Page.Url));
    }

    [Fact]
    public void Every_api_file_of_the_repository_site_validates_against_its_schema()
    {
        Assert.True(Built.Result.Succeeded, string.Join("\n", Built.Result.Diagnostics.Where(d => d.IsError)));
        var list = ApiSchemaValidation.Validate(ApiSchemaValidation.Schema(Built, "articleList"), Built.ReadText("api/articles.json"));
        Assert.True(list.IsValid, ApiSchemaValidation.Errors(list));
        var schema = ApiSchemaValidation.Schema(Built, "article");
        Assert.True(Ids.Count > 30);
        foreach (var id in Ids)
        {
            var result = ApiSchemaValidation.Validate(schema, Built.ReadText($"api/articles/{id}.json"));
            Assert.True(result.IsValid, id + "\n" + ApiSchemaValidation.Errors(result));
        }
    }

    [Fact]
    public void Api_references_are_csl_json_items_in_the_order_the_article_numbers_them()
    {
        var article = JsonNode.Parse(Built.ReadText("api/articles/treatments/tms.json"))!;
        var references = article["references"]!.AsArray();
        var page = Built.Page("treatments/tms/index.html");
        var listed = page.QuerySelectorAll(".references li").ToList();
        Assert.Equal(listed.Count, references.Count);
        Assert.Equal("Brunoni", (string?)references[1]!["author"]![0]!["family"]);
        Assert.Contains("Brunoni", listed[1].TextContent);
        Assert.Equal("10.1001/jamapsychiatry.2016.3644", (string?)references[1]!["DOI"]);
        Assert.Equal(2017, (int)references[1]!["issued"]!["date-parts"]![0]![0]!);
    }

    [Fact]
    public void Every_oembed_file_of_the_repository_site_names_an_embed_view_that_exists()
    {
        foreach (var id in Ids)
        {
            var json = JsonNode.Parse(Built.ReadText($"oembed/{id}.json"))!;
            foreach (var field in new[] { "type", "version", "html", "width", "height", "title", "provider_name", "provider_url", "cache_age" })
                Assert.True(json[field] is not null, $"{id}: oEmbed field {field} is missing");
            var iframe = new HtmlParser().ParseDocument((string)json["html"]!).QuerySelector("iframe")!;
            var src = new Uri(iframe.GetAttribute("src")!);
            Assert.True(Built.Exists(src.AbsolutePath.TrimStart('/') + "index.html"), $"{id}: {src} has no embed view");
            Assert.Equal(Built.Page($"{id}/index.html").QuerySelector("h1")!.TextContent.Trim(), Built.Page($"embed/{id}/index.html").QuerySelector("h1")!.TextContent.Trim());
        }
    }

    [Fact]
    public void Crisis_articles_of_the_repository_site_show_the_urgent_help_line_in_their_embed_views()
    {
        var crisis = Ids.Where(id => (bool)JsonNode.Parse(Built.ReadText($"api/articles/{id}.json"))!["crisis"]!).ToList();
        Assert.True(crisis.Count >= 5);
        foreach (var id in crisis)
        {
            var help = Built.Page($"embed/{id}/index.html").QuerySelector(".urgent-help");
            Assert.NotNull(help);
            Assert.False(help.HasAttribute("data-optional"), id);
        }
    }
}
