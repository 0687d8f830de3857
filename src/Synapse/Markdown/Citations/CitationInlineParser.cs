using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Synapse.Markdown.Citations;

/// <summary>
/// Parses Pandoc citations at '[': <c>[@key]</c>, <c>[@a; @b]</c>, <c>[see @a, p. 3; also @b]</c>. Runs before
/// Markdig's link parser; returns false (no side effect) for brackets without a citation '@' and for inline links
/// <c>[text](url)</c>. Escaped <c>\[</c> and code spans never reach it.
/// </summary>
internal sealed class CitationInlineParser : InlineParser
{
    public CitationInlineParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var open = slice.Start;
        var (close, scanned) = FindClose(text, open, slice.End);
        if (close < 0) return MatchUnclosed(processor, ref slice, scanned);
        if (close < slice.End && text[close + 1] == '(') return false;
        if (!CitationContentParser.ContainsCitation(text, open + 1, close - 1)) return false;

        var (items, error) = CitationContentParser.Parse(text, open + 1, close - 1);
        var spanStart = processor.GetSourcePosition(open, out var line, out var column);
        if (error is not null)
        {
            processor.GetSourcePosition(error.At, out var errorLine, out var errorColumn);
            processor.Inline = new MalformedCitationInline(text[open..(close + 1)], error.Message, error.Hint, errorLine, errorColumn)
            {
                Span = new SourceSpan(spanStart, spanStart + close - open), Line = line, Column = column,
            };
        }
        else
        {
            var located = items.Select(item =>
            {
                processor.GetSourcePosition(item.At, out var itemLine, out var itemColumn);
                return new CitationItem(item.Key, item.Prefix, item.Locator, item.Suffix, itemLine, itemColumn);
            }).ToList();
            processor.Inline = new CitationInline(located)
            {
                Span = new SourceSpan(spanStart, spanStart + close - open), Line = line, Column = column,
            };
        }
        slice.Start = close + 1;
        return true;
    }

    /// <summary>
    /// "[@key ..." with no ']' before the paragraph ends: report it when a citation '@' appears before any nested
    /// '['. Only the '[' is consumed, so the rest of the paragraph is parsed as usual.
    /// </summary>
    private static bool MatchUnclosed(InlineProcessor processor, ref StringSlice slice, int scanned)
    {
        var text = slice.Text;
        var open = slice.Start;
        var end = open + 1;
        while (end <= scanned && text[end] != '[') end++;
        var mask = TopLevelMask.Compute(text, open + 1, end - 1);
        for (var i = open + 1; i < end; i++)
        {
            if (!mask[i - open - 1] || !CitationSyntax.IsCitationAt(text, i, open + 1, end - 1)) continue;
            var keyEnd = CitationSyntax.ScanKey(text, i + 1, end - 1);
            var start = processor.GetSourcePosition(open, out var line, out var column);
            processor.Inline = new MalformedCitationInline("[",
                $"The citation '{text[open..keyEnd].ReplaceLineEndings(" ")}' is never closed with ']'.",
                "Add ']' after the last key, e.g. [@smith2020]; to write a literal '[', escape it as '\\['.", line, column)
            {
                Span = new SourceSpan(start, start), Line = line, Column = column,
            };
            slice.Start = open + 1;
            return true;
        }
        return false;
    }

    /// <summary>The matching ']' (nesting, escapes and code spans respected), or -1 and the last offset scanned.</summary>
    private static (int Close, int Scanned) FindClose(string text, int open, int end)
    {
        var depth = 0;
        for (var i = open; i <= end; i++)
        {
            switch (text[i])
            {
                case '\\': i++; break;
                case '`': i = TopLevelMask.SkipCodeSpan(text, i, end); break;
                case '[': depth++; break;
                case ']' when --depth == 0: return (i, i);
            }
        }
        return (-1, end);
    }
}
