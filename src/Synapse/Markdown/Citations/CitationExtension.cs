using Markdig;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace Synapse.Markdown.Citations;

/// <summary>
/// Pandoc citations (<c>[@key]</c>) and the <c>&lt;!-- references --&gt;</c> marker. Setup only registers (and turns on
/// Markdig's precise source locations, which citation diagnostics need), and is safe to call twice.
/// </summary>
internal sealed class CitationExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Without precise locations Markdig reports every inline at line 0, column 0; diagnostics need the real place.
        pipeline.PreciseSourceLocation = true;
        if (!pipeline.InlineParsers.Contains<CitationInlineParser>()
            && !pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new CitationInlineParser()))
        {
            pipeline.InlineParsers.Insert(0, new CitationInlineParser());
        }
        if (!pipeline.BlockParsers.Contains<ReferencesMarkerParser>()
            && !pipeline.BlockParsers.InsertBefore<HtmlBlockParser>(new ReferencesMarkerParser()))
        {
            pipeline.BlockParsers.Insert(0, new ReferencesMarkerParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        html.ObjectRenderers.AddIfNotAlready<CitationInlineRenderer>();
        html.ObjectRenderers.AddIfNotAlready<MalformedCitationRenderer>();
        html.ObjectRenderers.AddIfNotAlready<ReferencesMarkerRenderer>();
    }
}
