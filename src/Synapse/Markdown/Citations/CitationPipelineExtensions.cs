using Markdig;

namespace Synapse.Markdown.Citations;

/// <summary>
/// Pipeline registration. Markdig has its own <c>UseCitations()</c> (for <c>""cite""</c>), so with <c>using Markdig;</c>
/// in scope the call <c>builder.UseCitations()</c> is ambiguous: prefer <see cref="UsePandocCitations"/>.
/// </summary>
internal static class CitationPipelineExtensions
{
    /// <summary>Adds Pandoc citations and the references marker to the pipeline (once).</summary>
    public static MarkdownPipelineBuilder UsePandocCitations(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<CitationExtension>();
        return pipeline;
    }

    /// <summary>Same as <see cref="UsePandocCitations"/>; call it as <c>CitationPipelineExtensions.UseCitations(builder)</c> where Markdig's is in scope.</summary>
    public static MarkdownPipelineBuilder UseCitations(this MarkdownPipelineBuilder pipeline) => pipeline.UsePandocCitations();
}
