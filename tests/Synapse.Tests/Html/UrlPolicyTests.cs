using Synapse.Html;

namespace Synapse.Tests.Html;

public sealed class UrlPolicyTests
{
    [Theory]
    [InlineData("https://example.org/a")]
    [InlineData("HTTP://example.org/")]
    [InlineData("mailto:editors@example.org")]
    [InlineData("tel:+441234567890")]
    [InlineData("/treatments/tms/")]
    [InlineData("../dopamine/")]
    [InlineData("dopamine.md#receptors")]
    [InlineData("#key-points")]
    [InlineData("?q=sleep")]
    [InlineData("images/a:b.png")]
    [InlineData("")]
    public void Allows_http_https_mailto_tel_relative_paths_and_fragments(string url) => Assert.True(UrlPolicy.IsAllowed(url));

    [Theory]
    [InlineData("javascript:alert(1)", "javascript")]
    [InlineData("JaVaScRiPt:alert(1)", "javascript")]
    [InlineData("&#106;avascript:alert(1)", "javascript")]
    [InlineData("&#x6A;avascript:alert(1)", "javascript")]
    [InlineData("&#0000106;&#0000097;vascript:alert(1)", "javascript")]
    [InlineData("java&#9;script:alert(1)", "javascript")]
    [InlineData("java\nscript:alert(1)", "javascript")]
    [InlineData(" \u0001javascript:alert(1)", "javascript")]
    [InlineData("javascript&colon;alert(1)", "javascript")]
    [InlineData("javascript&#58;alert(1)", "javascript")]
    [InlineData("&amp;#106;avascript:alert(1)", "javascript")]
    [InlineData("vbscript:msgbox(1)", "vbscript")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=", "data")]
    [InlineData("file:///etc/passwd", "file")]
    [InlineData("ftp://example.org/", "ftp")]
    public void Refuses_every_other_scheme_after_decoding_as_a_browser_does(string url, string scheme)
    {
        Assert.False(UrlPolicy.IsAllowed(url));
        Assert.Equal(scheme, UrlPolicy.Scheme(url));
    }
}
