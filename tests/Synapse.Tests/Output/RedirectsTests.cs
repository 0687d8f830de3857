using Synapse.Configuration;
using Synapse.Content;
using Synapse.Diagnostics;
using Synapse.Output;
using Synapse.Site;

namespace Synapse.Tests.Output;

public sealed class RedirectsTests
{
    private static readonly SiteSettings Settings = new() { BaseUrl = "https://synapse.example.org", BasePath = "/sub/" };

    private static Page PageWithRedirects(string url, params string[] from) =>
        new("x", url, null, new ParsedSource(new SourceFile("input/x.md", ""), new FrontMatter { Title = "Lithium & salts", RedirectFrom = from }, "", 0));

    [Fact]
    public void Each_old_url_gets_a_noindex_stub_that_refreshes_to_the_page_and_a_line_in_the_redirects_file()
    {
        var bag = new DiagnosticBag();

        var files = Redirects.Plan([PageWithRedirects("treatments/lithium/", "/old/lithium/", "meds/lithium")], Settings, ["treatments/lithium/"], bag).ToList();

        Assert.Empty(bag.Sorted());
        Assert.Equal(["old/lithium/index.html", "meds/lithium/index.html", "_redirects"], files.Select(f => f.Path));
        var stub = files[0].Text!;
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"0; url=/sub/treatments/lithium/\">", stub);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", stub);
        Assert.Contains("<link rel=\"canonical\" href=\"https://synapse.example.org/sub/treatments/lithium/\">", stub);
        Assert.Contains("Lithium &amp; salts", stub);
        Assert.Equal("/sub/old/lithium/ /sub/treatments/lithium/ 301\n/sub/meds/lithium/ /sub/treatments/lithium/ 301\n", files[2].Text);
    }

    [Fact]
    public void Redirect_from_the_url_of_an_existing_page_is_an_error_and_writes_nothing()
    {
        var bag = new DiagnosticBag();

        var files = Redirects.Plan([PageWithRedirects("treatments/lithium/", "about")], Settings, ["treatments/lithium/", "about/"], bag).ToList();

        Assert.Empty(files);
        Assert.Equal("redirect/conflict", Assert.Single(bag.Sorted()).Rule);
    }

    [Fact]
    public void No_redirects_means_no_redirects_file()
    {
        Assert.Empty(Redirects.Plan([PageWithRedirects("about/")], Settings, ["about/"], new DiagnosticBag()));
    }
}
