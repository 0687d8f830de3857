namespace Synapse.Diagnostics;

/// <summary>
/// Maps Markdig's 0-based line/column inside a Markdown body back to a 1-based position in the source file.
/// <paramref name="LineOffset"/> is the number of lines before the body (the front matter block).
/// This is the one place where the front-matter offset and the +1 are added.
/// </summary>
internal sealed record SourceMap(string File, int LineOffset)
{
    public SourceLocation Locate(int markdigLine, int markdigColumn) =>
        new(File, markdigLine + LineOffset + 1, markdigColumn + 1);
}
