namespace Synapse.Checks.Editorial;

/// <summary>
/// A Markdown body as one text to search: every line's prose (<see cref="WordingCheck.Prose"/>: link destinations,
/// inline code and comments blanked) with headings blanked too, joined by the body's own line breaks. Blanking keeps
/// lengths, so an index in <see cref="Text"/> is the same index in the body, and maps back to a line and column.
/// </summary>
internal sealed class ArticleProse
{
    private readonly string _upperBody;
    private readonly int[] _lineStarts;

    private ArticleProse(string upperBody, string[] lines, string text, int[] lineStarts)
    {
        _upperBody = upperBody;
        Lines = lines;
        Text = text;
        _lineStarts = lineStarts;
    }

    /// <summary>The body's lines as written (split at '\n').</summary>
    public string[] Lines { get; }

    /// <summary>The prose of the whole body, as long as the body.</summary>
    public string Text { get; }

    /// <param name="upperBody">The body upper-cased with <see cref="string.ToUpperInvariant()"/>.</param>
    public static ArticleProse Of(string body, string upperBody)
    {
        var lines = body.Split('\n');
        var starts = new int[lines.Length];
        var text = new System.Text.StringBuilder(body.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) text.Append('\n');
            starts[i] = text.Length;
            var line = lines[i];
            if (IsHeading(line)) text.Append(' ', line.Length);
            else text.Append(WordingCheck.Prose(line));
        }
        return new ArticleProse(upperBody, lines, text.ToString(), starts);
    }

    public static bool IsHeading(string line) => line.TrimStart().StartsWith('#');

    /// <summary>The zero-based line an index of <see cref="Text"/> falls on.</summary>
    public int LineOf(int index)
    {
        var found = Array.BinarySearch(_lineStarts, index);
        return found >= 0 ? found : ~found - 1;
    }

    /// <summary>Where a line starts in <see cref="Text"/>.</summary>
    public int LineStart(int line) => _lineStarts[line];

    /// <summary>The prose of one line (its part of <see cref="Text"/>).</summary>
    public ReadOnlySpan<char> ProseLine(int line) => Text.AsSpan(_lineStarts[line], Lines[line].Length);

    /// <summary>The first line, headings aside, whose text as written contains <paramref name="value"/> (any case); <see cref="int.MaxValue"/> when none does.</summary>
    public int FirstLineContaining(string value)
    {
        if (!_upperBody.Contains(value.ToUpperInvariant(), StringComparison.Ordinal)) return int.MaxValue;
        for (var line = 0; line < Lines.Length; line++)
            if (!IsHeading(Lines[line]) && Lines[line].Contains(value, StringComparison.OrdinalIgnoreCase)) return line;
        return int.MaxValue;
    }
}
