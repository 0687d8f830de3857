using Synapse.Site;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Syntax;
using Synapse.Bibliography;
using Synapse.Diagnostics;
using Synapse.Markdown.Citations;

namespace Synapse.Tests.Citations;

/// <summary>Parses, numbers and renders test articles with the citation extension, as the generator does.</summary>
internal static class Articles
{
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePandocCitations()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .Build();

    /// <summary>Webpages a–e plus a few keys with punctuation: enough to render any spec example.</summary>
    public static readonly SiteBibliography Bibliography = BibliographyLoader.Load(
    [
        ("input/_data/references.yaml", string.Join('\n', new[] { "a", "b", "c", "d", "e", "doe:2019.x", "f" }.Select(key =>
            $"- {{id: '{key}', type: webpage, title: Page {key}, URL: 'https://example.org/{key}', accessed: 2024-01-05}}"))),
    ], new DiagnosticBag(), 2025);

    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);

    public static string ToHtml(MarkdownDocument document)
    {
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }

    /// <summary>Parse, number against <paramref name="bibliography"/>, render the body (without the References section).</summary>
    public static (string Html, ArticleCitations Cites) Render(string markdown, SiteBibliography? bibliography = null)
    {
        var document = Parse(markdown);
        var cites = CitationNumbering.Apply(document, bibliography ?? Bibliography);
        return (ToHtml(document), cites);
    }

    /// <summary>The full article: body with the References section inserted at the marker or the end.</summary>
    public static string RenderWithReferences(string markdown, SiteBibliography bibliography)
    {
        var (html, cites) = Render(markdown, bibliography);
        return ReferenceListRenderer.InsertInto(html, ReferenceListRenderer.Render(cites, bibliography));
    }

    public static IReadOnlyList<CitationInline> Citations(string markdown) =>
        Parse(markdown).Descendants<CitationInline>().ToList();
}
