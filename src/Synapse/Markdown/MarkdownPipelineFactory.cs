using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Synapse.Markdown.Citations;

namespace Synapse.Markdown;

/// <summary>The one shared Markdig pipeline: built once, immutable and thread-safe.</summary>
internal static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Shared { get; } = Create();

    private static MarkdownPipeline Create() =>
        new MarkdownPipelineBuilder()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UsePipeTables()
            .UseEmphasisExtras()
            .UseListExtras()
            .UseFootnotes()
            .UseAutoLinks()
            .UsePreciseSourceLocation()
            .UsePandocCitations()
            .Build();
}
