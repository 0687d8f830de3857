using Synapse.Diagnostics;
using Synapse.IO;
using Synapse.Layouts;
using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Layouts;

public sealed class LayoutEngineTests : IDisposable
{
    private readonly TempFolder _site = new();

    private SitePaths Paths => new(_site.Path, _site.Combine("output"));

    private static readonly SiteView Site = new()
    {
        Title = "Synapse", Description = "D", Language = "en", BasePath = "/", BaseUrl = "https://synapse.example.org", Publisher = "Synapse",
        ContactEmail = "", License = "CC BY-NC-SA 4.0", LicenseUrl = "https://creativecommons.org/licenses/by-nc-sa/4.0/", Sections = [],
        CssHref = "/assets/site.css", JsHref = "/assets/site.js", Year = 2026,
    };

    private static readonly PageView Page = new() { Title = "Lithium <salts>", Summary = "S", Url = "/treatments/lithium/", Canonical = "https://synapse.example.org/treatments/lithium/", Kind = "article", Content = "<p>Body</p>" };

    private (LayoutEngine Engine, IReadOnlyList<Diagnostic> Diagnostics) Load()
    {
        var bag = new DiagnosticBag();
        return (LayoutEngine.Load(Paths, bag), bag.Sorted());
    }

    [Fact]
    public void Page_layout_is_rendered_inside_the_base_layout_with_values_html_encoded()
    {
        _site.Write("theme/layouts/_base.liquid", "<html lang=\"{{ site.language }}\"><main>{{ content }}</main></html>");
        _site.Write("theme/layouts/page.liquid", "<h1>{{ page.title }}</h1>{{ page.content | raw }}");
        var (engine, diagnostics) = Load();
        var bag = new DiagnosticBag();

        var html = engine.Render("page", Site, Page, Synapse.Diagnostics.SourceLocation.FileOnly("input/x.md"), bag);

        Assert.Empty(diagnostics);
        Assert.Empty(bag.Sorted());
        Assert.Equal("<html lang=\"en\"><main><h1>Lithium &lt;salts&gt;</h1><p>Body</p></main></html>", html);
    }

    [Fact]
    public void Layout_and_partial_in_input_layouts_override_the_theme()
    {
        _site.Write("theme/layouts/_base.liquid", "{{ content }}");
        _site.Write("theme/layouts/page.liquid", "theme page {% include 'partials/note' %}");
        _site.Write("theme/layouts/partials/note.liquid", "theme note");
        _site.Write("theme/layouts/article.liquid", "theme article {% include 'partials/note' %}");
        _site.Write("input/_layouts/page.liquid", "input page {% include 'partials/note' %}");
        _site.Write("input/_layouts/partials/note.liquid", "input note");
        var (engine, _) = Load();

        Assert.Equal("input page input note", engine.Render("page", Site, Page, Synapse.Diagnostics.SourceLocation.FileOnly("input/x.md"), new DiagnosticBag()));
        Assert.Equal("theme article input note", engine.Render("article", Site, Page, Synapse.Diagnostics.SourceLocation.FileOnly("input/x.md"), new DiagnosticBag()));
    }

    [Fact]
    public void Includes_are_read_once_at_load_so_rendering_does_not_go_back_to_disk()
    {
        _site.Write("theme/layouts/_base.liquid", "{{ content }}");
        _site.Write("theme/layouts/page.liquid", "page {% include 'partials/note' %}");
        _site.Write("theme/layouts/partials/note.liquid", "note as loaded");
        var (engine, _) = Load();
        _site.Write("theme/layouts/partials/note.liquid", "note changed after load");

        Assert.Equal("page note as loaded", engine.Render("page", Site, Page, Synapse.Diagnostics.SourceLocation.FileOnly("input/x.md"), new DiagnosticBag()));
    }

    [Fact]
    public void Missing_include_is_a_render_error()
    {
        _site.Write("theme/layouts/_base.liquid", "{{ content }}");
        _site.Write("theme/layouts/page.liquid", "page {% include 'partials/missing' %}");
        var (engine, _) = Load();
        var bag = new DiagnosticBag();

        Assert.Equal("", engine.Render("page", Site, Page, Synapse.Diagnostics.SourceLocation.FileOnly("input/x.md"), bag));
        Assert.Equal("layout/render", Assert.Single(bag.Sorted()).Rule);
    }

    [Fact]
    public void Liquid_syntax_error_is_reported_at_its_line_in_the_layout_file()
    {
        _site.Write("theme/layouts/_base.liquid", "{{ content }}");
        _site.Write("input/_layouts/page.liquid", "<h1>{{ page.title }}</h1>\n<p>{{ page.summary | }}</p>\n<footer></footer>\n");
        var (_, diagnostics) = Load();

        var d = Assert.Single(diagnostics);
        Assert.Equal("layout/syntax", d.Rule);
        Assert.Equal("input/_layouts/page.liquid", d.Location.File);
        Assert.Equal(2, d.Location.Line);
        Assert.StartsWith("Liquid syntax error", d.Message);
    }

    [Fact]
    public void Missing_base_layout_is_an_error()
    {
        _site.Write("theme/layouts/page.liquid", "{{ page.title }}");

        var (_, diagnostics) = Load();

        Assert.Equal("layout/missing", Assert.Single(diagnostics).Rule);
    }

    [Fact]
    public void Unknown_layout_is_an_error_that_lists_the_layouts_there_are()
    {
        _site.Write("theme/layouts/_base.liquid", "{{ content }}");
        _site.Write("theme/layouts/page.liquid", "p");
        _site.Write("theme/layouts/article.liquid", "a");
        var (engine, _) = Load();
        var bag = new DiagnosticBag();

        var html = engine.Render("gallery", Site, Page, Synapse.Diagnostics.SourceLocation.FileOnly("input/x.md"), bag);

        Assert.Equal("", html);
        var d = Assert.Single(bag.Sorted());
        Assert.Equal("layout/unknown", d.Rule);
        Assert.Equal("input/x.md", d.Location.File);
        Assert.Contains("article, page", d.Hint);
    }

    [Fact]
    public void Include_of_a_missing_partial_is_an_error_not_an_exception()
    {
        _site.Write("theme/layouts/_base.liquid", "{{ content }}");
        _site.Write("theme/layouts/page.liquid", "{% include 'partials/nowhere' %}");
        var (engine, _) = Load();
        var bag = new DiagnosticBag();

        engine.Render("page", Site, Page, Synapse.Diagnostics.SourceLocation.FileOnly("input/x.md"), bag);

        Assert.Equal("layout/render", Assert.Single(bag.Sorted()).Rule);
    }

    public void Dispose() => _site.Dispose();
}
