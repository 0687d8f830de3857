using Synapse.Diagnostics;
using Synapse.Markdown;

namespace Synapse.Tests.Markdown;

public sealed class LinkResolverTests
{
    private static readonly SourceLocation At = new("input/neurotransmitters/serotonin.md", 12, 5);

    private static readonly Dictionary<string, string> Xrefs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dopamine"] = "neurotransmitters/dopamine/",
        ["exercise"] = "treatments/exercise/",
        ["glossary"] = "glossary/",
        ["home"] = "",
    };

    /// <summary>Resolves a link written in input/neurotransmitters/serotonin.md (page URL neurotransmitters/serotonin/).</summary>
    private static (string Url, Synapse.Site.LinkRef? Link, IReadOnlyList<Diagnostic> Diagnostics) Resolve(string url, string basePath = "/")
    {
        var bag = new DiagnosticBag();
        var (resolved, link) = new LinkResolver(Xrefs, basePath).Resolve(url, "neurotransmitters/serotonin/", "neurotransmitters/", At, bag);
        return (resolved, link, bag.Sorted());
    }

    [Fact]
    public void Xref_resolves_to_the_page_url_and_keeps_its_fragment()
    {
        var (url, link, diagnostics) = Resolve("xref:dopamine#d2-receptors");

        Assert.Empty(diagnostics);
        Assert.Equal("/neurotransmitters/dopamine/#d2-receptors", url);
        Assert.NotNull(link);
        Assert.Equal("neurotransmitters/dopamine/", link.TargetPath);
        Assert.Equal("d2-receptors", link.Fragment);
        Assert.Equal(At, link.At);
        Assert.Equal("xref:dopamine#d2-receptors", link.Original);
    }

    [Fact]
    public void Xref_ids_are_case_insensitive_and_home_resolves_to_the_site_root()
    {
        Assert.Equal("/treatments/exercise/", Resolve("xref:Exercise").Url);
        Assert.Equal("/", Resolve("xref:home").Url);
    }

    [Fact]
    public void Unknown_xref_is_an_error_at_the_link_and_the_link_gets_no_target()
    {
        var (url, link, diagnostics) = Resolve("xref:lithium#dose");

        Assert.Equal("", url);
        Assert.Null(link);
        var d = Assert.Single(diagnostics);
        Assert.Equal("link/unknown-xref", d.Rule);
        Assert.Equal(At, d.Location);
        Assert.Contains("'lithium'", d.Message);
    }

    [Theory]
    [InlineData("../dopamine/", "/neurotransmitters/dopamine/", "neurotransmitters/dopamine/")]
    [InlineData("../../treatments/exercise/#how-much", "/treatments/exercise/#how-much", "treatments/exercise/")]
    [InlineData("../../../../guides/", "/guides/", "guides/")]
    [InlineData("images/diagram.svg", "/neurotransmitters/serotonin/images/diagram.svg", "neurotransmitters/serotonin/images/diagram.svg")]
    [InlineData("./", "/neurotransmitters/serotonin/", "neurotransmitters/serotonin/")]
    public void Relative_links_resolve_against_the_page_url(string written, string expectedUrl, string expectedTarget)
    {
        var (url, link, diagnostics) = Resolve(written);

        Assert.Empty(diagnostics);
        Assert.Equal(expectedUrl, url);
        Assert.Equal(expectedTarget, link?.TargetPath);
    }

    [Theory]
    [InlineData("dopamine.md", "/neurotransmitters/dopamine/", "neurotransmitters/dopamine/", null)]
    [InlineData("./dopamine.md#receptors", "/neurotransmitters/dopamine/#receptors", "neurotransmitters/dopamine/", "receptors")]
    [InlineData("../treatments/exercise.md", "/treatments/exercise/", "treatments/exercise/", null)]
    [InlineData("index.md", "/neurotransmitters/", "neurotransmitters/", null)]
    [InlineData("../guides/index.md", "/guides/", "guides/", null)]
    public void Links_to_md_files_resolve_against_the_source_folder_not_the_page_url(string written, string expectedUrl, string expectedTarget, string? fragment)
    {
        var (url, link, _) = Resolve(written);

        Assert.Equal(expectedUrl, url);
        Assert.NotNull(link);
        Assert.Equal(expectedTarget, link.TargetPath);
        Assert.Equal(fragment, link.Fragment);
    }

    [Theory]
    [InlineData("/guides/evidence-levels/#established", "/guides/evidence-levels/#established", "guides/evidence-levels/", "established")]
    [InlineData("/treatments/exercise.md", "/treatments/exercise/", "treatments/exercise/", null)]
    [InlineData("/feed.xml", "/feed.xml", "feed.xml", null)]
    [InlineData("/search/?q=sleep", "/search/?q=sleep", "search/", null)]
    [InlineData("/guides", "/guides/", "guides/", null)]
    public void Root_relative_links_resolve_against_the_site_root(string written, string expectedUrl, string expectedTarget, string? fragment)
    {
        var (url, link, _) = Resolve(written);

        Assert.Equal(expectedUrl, url);
        Assert.NotNull(link);
        Assert.Equal(expectedTarget, link.TargetPath);
        Assert.Equal(fragment, link.Fragment);
    }

    [Fact]
    public void Fragment_only_link_points_at_the_same_page()
    {
        var (url, link, _) = Resolve("#what-it-does");

        Assert.Equal("#what-it-does", url);
        Assert.NotNull(link);
        Assert.Equal("neurotransmitters/serotonin/", link.TargetPath);
        Assert.Equal("what-it-does", link.Fragment);
    }

    [Fact]
    public void Percent_encoded_fragment_is_decoded_in_the_url_and_for_checking()
    {
        var (url, link, _) = Resolve("../dopamine/#caf%C3%A9");

        Assert.Equal("/neurotransmitters/dopamine/#café", url);
        Assert.Equal("café", link?.Fragment);
    }

    [Theory]
    [InlineData("https://www.nhs.uk/mental-health/")]
    [InlineData("http://example.org/a/../b")]
    [InlineData("HTTPS://EXAMPLE.ORG/")]
    [InlineData("mailto:editors@synapse.example.org")]
    [InlineData("tel:+44116123")]
    [InlineData("//cdn.example.org/x.js")]
    public void External_and_mailto_links_are_left_untouched_and_not_checked(string written)
    {
        foreach (var basePath in new[] { "/", "/sub/" })
        {
            var (url, link, diagnostics) = Resolve(written, basePath);

            Assert.Equal(written, url);
            Assert.Null(link);
            Assert.Empty(diagnostics);
        }
    }

    [Theory]
    [InlineData("xref:dopamine", "/sub/neurotransmitters/dopamine/")]
    [InlineData("xref:home", "/sub/")]
    [InlineData("../dopamine/", "/sub/neurotransmitters/dopamine/")]
    [InlineData("dopamine.md#receptors", "/sub/neurotransmitters/dopamine/#receptors")]
    [InlineData("/guides/evidence-levels/", "/sub/guides/evidence-levels/")]
    [InlineData("/images/synapse.svg", "/sub/images/synapse.svg")]
    public void Base_path_prefixes_every_internal_link_but_not_the_checked_target(string written, string expectedUrl)
    {
        var (url, link, _) = Resolve(written, "/sub/");

        Assert.Equal(expectedUrl, url);
        Assert.NotNull(link);
        Assert.DoesNotContain("sub/", link.TargetPath);
    }

    [Fact]
    public void Fragment_only_link_is_not_prefixed_with_the_base_path()
    {
        Assert.Equal("#key-points", Resolve("#key-points", "/sub/").Url);
    }
}
