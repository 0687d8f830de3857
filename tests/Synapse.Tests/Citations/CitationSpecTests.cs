namespace Synapse.Tests.Citations;

/// <summary>Runs Specs/citations.md: each example's Markdown must render (parsed, numbered) to exactly its HTML.</summary>
public sealed class CitationSpecTests
{
    public static IEnumerable<object[]> Examples() => SpecFile.Examples("citations.md");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_renders_as_specified(string title, string markdown, string expectedHtml)
    {
        var (html, _) = Articles.Render(markdown);
        Assert.True(expectedHtml == html, $"{title}\n--- markdown\n{markdown}--- expected\n{expectedHtml}--- actual\n{html}");
    }
}
