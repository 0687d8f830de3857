using Synapse.Configuration;
using Synapse.Diagnostics;
using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Configuration;

public sealed class SettingsLoaderTests
{
    private static (SiteSettings? Settings, IReadOnlyList<Diagnostic> Diagnostics) Parse(string json)
    {
        var bag = new DiagnosticBag();
        return (SettingsLoader.Parse(json, bag), bag.Sorted());
    }

    [Fact]
    public void Comments_and_trailing_commas_are_allowed()
    {
        var (settings, diagnostics) = Parse("""
            {
              // line comment
              "title": "Synapse Test", /* block comment */
              "feedSize": 5,
            }
            """);

        Assert.Empty(diagnostics);
        Assert.NotNull(settings);
        Assert.Equal("Synapse Test", settings.Title);
        Assert.Equal(5, settings.FeedSize);
    }

    [Fact]
    public void Every_setting_is_read_and_keys_are_case_insensitive()
    {
        var (settings, diagnostics) = Parse("""
            {
              "Title": "T", "description": "D", "language": "en-GB", "baseUrl": "https://example.org/",
              "basePath": "docs", "publisher": "P", "contactEmail": "e@example.org",
              "license": { "name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/" },
              "minReferences": 4, "readingLevel": { "fleschKincaidMax": 8.5, "smogMax": 11 },
              "reviewCycleYears": 2, "feedSize": 10,
              "sections": [ { "id": "drugs", "title": "Drugs", "description": "About drugs." } ]
            }
            """);

        Assert.Empty(diagnostics);
        Assert.NotNull(settings);
        Assert.Equal("T", settings.Title);
        Assert.Equal("D", settings.Description);
        Assert.Equal("en-GB", settings.Language);
        Assert.Equal("https://example.org", settings.BaseUrl);
        Assert.Equal("/docs/", settings.BasePath);
        Assert.Equal("P", settings.Publisher);
        Assert.Equal("e@example.org", settings.ContactEmail);
        Assert.Equal("CC BY 4.0", settings.ContentLicense);
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", settings.ContentLicenseUrl);
        Assert.Equal(4, settings.MinReferences);
        Assert.Equal(8.5, settings.ReadingGradeMax);
        Assert.Equal(11, settings.SmogMax);
        Assert.Equal(2, settings.ReviewCycleYears);
        Assert.Equal(10, settings.FeedSize);
        Assert.Equal([new SectionSettings("drugs", "Drugs", "About drugs.")], settings.Sections);
        Assert.Equal("https://example.org/docs/treatments/x/", settings.AbsoluteUrl("treatments/x/"));
    }

    [Fact]
    public void Empty_object_gives_the_defaults()
    {
        var (settings, diagnostics) = Parse("{}");

        Assert.Empty(diagnostics);
        Assert.Equal(new SiteSettings().Title, settings?.Title);
        Assert.Equal("/", settings?.BasePath);
        Assert.Equal(SectionSettings.Defaults, settings?.Sections);
    }

    [Theory]
    // Missing comma after "title" value: the parser stops at the start of line 3.
    [InlineData("{\n  \"title\": \"T\"\n  \"language\": \"en\"\n}", 3)]
    // Unclosed object on line 4.
    [InlineData("{\n  \"title\": \"T\",\n  \"feedSize\": 3,\n  \"language\": ", 4)]
    // A number where text is expected.
    [InlineData("{\n  \"title\": \"T\",\n\n  \"feedSize\": \"ten\"\n}", 4)]
    public void Invalid_json_is_a_config_json_error_at_its_line(string json, int line)
    {
        var (settings, diagnostics) = Parse(json);

        Assert.Null(settings);
        var d = Assert.Single(diagnostics);
        Assert.Equal("config/json", d.Rule);
        Assert.True(d.IsError);
        Assert.Equal("statiq.json", d.Location.File);
        Assert.Equal(line, d.Location.Line);
    }

    [Fact]
    public void Unknown_key_is_a_warning_at_its_line_and_column()
    {
        var (settings, diagnostics) = Parse("{\n  \"title\": \"T\",\n    \"colour\": \"blue\"\n}");

        Assert.NotNull(settings);
        var d = Assert.Single(diagnostics);
        Assert.Equal("config/unknown-key", d.Rule);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal(new SourceLocation("statiq.json", 3, 5), d.Location);
        Assert.Contains("colour", d.Message);
    }

    [Fact]
    public void Json_that_is_not_an_object_is_an_error()
    {
        var (settings, diagnostics) = Parse("[1, 2]");

        Assert.Null(settings);
        Assert.Equal("config/not-object", Assert.Single(diagnostics).Rule);
    }

    [Fact]
    public void Base_url_that_is_not_absolute_is_an_error_at_the_key()
    {
        var (_, diagnostics) = Parse("{\n  \"baseUrl\": \"synapse.example.org\"\n}");

        var d = Assert.Single(diagnostics);
        Assert.Equal("config/base-url", d.Rule);
        Assert.Equal(new SourceLocation("statiq.json", 2, 3), d.Location);
    }

    [Fact]
    public void Crisis_review_date_that_is_not_a_date_is_an_error_at_the_key()
    {
        var (_, diagnostics) = Parse("{\n  \"crisis\": {\n    \"reviewed\": \"soon\",\n    \"countries\": []\n  }\n}");

        var d = Assert.Single(diagnostics);
        Assert.Equal("config/date", d.Rule);
        Assert.Equal(new SourceLocation("statiq.json", 3, 5), d.Location);
    }

    [Theory]
    [InlineData("/", "/")]
    [InlineData("", "/")]
    [InlineData("sub", "/sub/")]
    [InlineData("/sub", "/sub/")]
    [InlineData("sub/", "/sub/")]
    [InlineData(" /a/b/ ", "/a/b/")]
    public void Base_path_always_has_a_leading_and_trailing_slash(string written, string normalised)
    {
        Assert.Equal(normalised, SettingsLoader.NormaliseBasePath(written));
    }

    [Fact]
    public void Base_path_option_overrides_the_file()
    {
        using var site = new TempFolder();
        site.Write("statiq.json", "{ \"basePath\": \"/docs/\" }");

        var settings = SettingsLoader.Load(site.Path, new DiagnosticBag(), basePathOverride: "sub");

        Assert.Equal("/sub/", settings.BasePath);
    }

    [Fact]
    public void Repository_statiq_json_loads_without_diagnostics_and_lists_the_crisis_lines_the_help_page_needs()
    {
        var bag = new DiagnosticBag();

        var settings = SettingsLoader.Load(RepoPaths.Root, bag);

        Assert.Empty(bag.Sorted());
        var us = Assert.Single(settings.Crisis.Countries, c => c.Code == "US");
        var uk = Assert.Single(settings.Crisis.Countries, c => c.Code == "UK");
        Assert.Contains(us.Services, s => s.Contact.Contains("988"));
        Assert.Contains(uk.Services, s => s.Name == "Samaritans" && s.Contact.Contains("116 123"));
        Assert.Contains(uk.Services, s => s.Name.Contains("NHS 111") && s.Contact.Contains("111"));
        Assert.Contains(uk.Services, s => s.Contact.Contains("999"));
        Assert.True(settings.Crisis.NextReview > settings.Crisis.Reviewed);
    }
}
