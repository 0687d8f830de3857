using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Synapse.Markdown.Citations;

/// <summary>
/// Recognises a line holding only <c>&lt;!-- references --&gt;</c> (any case and spacing inside the comment). An HTML
/// comment stays invisible in other Markdown previews (GitHub, editors), so the marker never shows up as text.
/// </summary>
internal sealed class ReferencesMarkerParser : BlockParser
{
    public ReferencesMarkerParser() => OpeningCharacters = ['<'];

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent || !IsMarker(processor.Line)) return BlockState.None;
        processor.NewBlocks.Push(new ReferencesMarkerBlock(this)
        {
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(processor.Start, processor.Line.End),
        });
        return BlockState.BreakDiscard;
    }

    public static bool IsMarker(StringSlice line)
    {
        var text = line.AsSpan().Trim();
        if (!text.StartsWith("<!--") || !text.EndsWith("-->") || text.Length < 7) return false;
        return text[4..^3].Trim().Equals("references", StringComparison.OrdinalIgnoreCase);
    }
}
