using Markdig;

namespace Synapse.Markdown.Citations;

internal static class CitationPipelineExtensions
{
    /// <summary>Adds Pandoc citations and the references marker to the pipeline (once).</summary>
    public static MarkdownPipelineBuilder UseCitations(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<CitationExtension>();
        return pipeline;
    }
}
