using Markdig.Syntax.Inlines;

namespace Synapse.Markdown.Citations;

/// <summary>
/// Bracketed text that looks like a citation but cannot be read (<c>[@]</c>, <c>[@a @b]</c>, <c>[@a;]</c>, an unclosed
/// <c>[@a</c>). It renders as the text that was written; <see cref="CitationNumbering"/> collects it as a problem.
/// </summary>
internal sealed class MalformedCitationInline(string text, string message, string hint, int problemLine, int problemColumn)
    : LeafInline
{
    /// <summary>The source text, rendered as-is (escaped).</summary>
    public string Text { get; } = text;

    public string Message { get; } = message;

    public string Hint { get; } = hint;

    /// <summary>Markdig's 0-based position of the exact problem (e.g. the second '@' when a ';' is missing).</summary>
    public int ProblemLine { get; } = problemLine;

    public int ProblemColumn { get; } = problemColumn;
}
