using AngleSharp.Html.Parser;
using Fluid;
using Synapse.Tests.Search.Oracle;

namespace Synapse.Tests.Search.Site;

/// <summary>The theme's search partials and scripts: markup contract, base path, vendored lunr.js.</summary>
public sealed class SearchAssetsTests
{
    private static readonly HtmlParser Html = new();

    [Theory]
    [InlineData("/")]
    [InlineData("/sub/")]
    public void Header_form_is_a_plain_get_form_under_the_base_path(string basePath)
    {
        var document = Html.ParseDocument(Render("search-form.liquid", basePath));
        var form = document.QuerySelector("form[role=search]")!;
        Assert.Equal(basePath + "search/", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal(basePath, form.GetAttribute("data-base"));
        Assert.Equal("Site search", form.GetAttribute("aria-label"));
        var input = form.QuerySelector("input[name=q]")!;
        Assert.Equal("Search", document.QuerySelector($"label[for={input.Id}]")!.TextContent);
        // Combobox roles and states are added by search.js: without it the box is a plain, valid search field.
        Assert.Null(input.GetAttribute("role"));
        Assert.Null(input.GetAttribute("aria-expanded"));
        Assert.NotNull(document.GetElementById(input.GetAttribute("aria-describedby")!));
        var list = form.QuerySelector("[role=listbox]")!;
        Assert.NotNull(list.Id);
        Assert.NotNull(form.QuerySelector("[role=status][aria-live=polite]"));
        Assert.Equal(basePath + "assets/search.js", document.QuerySelector("script")!.GetAttribute("src"));
    }

    [Fact]
    public void Search_page_has_results_and_a_no_javascript_fallback()
    {
        var document = Html.ParseDocument(Render("search-page.liquid", "/sub/"));
        var form = document.QuerySelector("form[data-search-page]")!;
        Assert.Equal("/sub/search/", form.GetAttribute("action"));
        Assert.NotNull(document.QuerySelector($"label[for={form.QuerySelector("input[name=q]")!.Id}]"));
        Assert.Equal("OL", form.QuerySelector(".search__results")!.TagName);
        var links = document.QuerySelectorAll("[data-search-fallback] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/sub/neurotransmitters/", "/sub/treatments/", "/sub/conditions/", "/sub/guides/"], links);
        // Hidden in the markup (a page with JavaScript never paints it, so nothing moves when search.js starts);
        // search.css shows it when scripting is off. The browser tests check both in Chromium.
        Assert.True(document.QuerySelector("[data-search-fallback]")!.HasAttribute("hidden"), "the fallback should be hidden in the markup");
        Assert.Matches(@"@media \(scripting: none\) \{ \.search-fallback\[hidden\] \{ display: block; \} \}",
            File.ReadAllText(RepoPaths.Combine("theme", "assets", "search.css")));
        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.DoesNotContain(ids, id => Html.ParseDocument(Render("search-form.liquid", "/")).GetElementById(id!) is not null);
    }

    [Fact]
    public void Vendored_lunr_is_the_npm_package_build_with_its_licence()
    {
        string vendored = File.ReadAllText(RepoPaths.Combine("theme", "assets", "lunr.js"));
        Assert.StartsWith("/**\n * lunr - http://lunrjs.com", vendored);
        Assert.Contains("@license MIT", vendored[..300]);
        Assert.Equal(File.ReadAllText(Path.Combine(LunrOracle.PackageDirectory, "lunr.min.js")), vendored);
    }

    [Fact]
    public void Search_script_stays_small_and_has_no_hard_coded_root()
    {
        string script = File.ReadAllText(RepoPaths.Combine("theme", "assets", "search.js"));
        // About 19 KB unminified (7 KB with gzip) with the shard loader and the search page's early matches.
        Assert.True(script.Length < 20 * 1024, $"search.js is {script.Length} bytes");
        Assert.DoesNotContain("'/search", script);
        Assert.DoesNotContain("\"/search", script);
    }

    internal static string Render(string partial, string basePath)
    {
        var parser = new FluidParser();
        string source = File.ReadAllText(RepoPaths.Combine("theme", "layouts", "partials", partial));
        Assert.True(parser.TryParse(source, out var template, out string error), error);
        var context = new TemplateContext();
        context.SetValue("site", new Dictionary<string, object> { ["base_path"] = basePath });
        return template.Render(context);
    }
}
