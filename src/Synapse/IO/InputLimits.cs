using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Synapse.IO;

/// <summary>
/// Limits that keep hostile input from crashing or stalling the build, each checked before the input reaches a
/// parser that could overflow its stack: YAML and Markdown nesting depth, and the size of a text source.
/// </summary>
internal static class InputLimits
{
    /// <summary>Deeper than any real front matter, glossary or CSL entry (they nest 3–5 levels).</summary>
    public const int MaxYamlDepth = 64;
    /// <summary>Deeper than any readable list or quotation.</summary>
    public const int MaxMarkdownDepth = 32;
    /// <summary>Text sources larger than this are refused (the longest article is under 100 KB).</summary>
    public const long MaxTextBytes = 4 * 1024 * 1024;

    /// <summary>The 1-based line and column where YAML first nests deeper than the limit, or null (also for YAML with a syntax error).</summary>
    public static (int Line, int Column)? YamlTooDeep(string yaml, int max = MaxYamlDepth)
    {
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        try
        {
            while (parser.MoveNext())
                switch (parser.Current)
                {
                    case MappingStart or SequenceStart:
                        if (++depth > max) return ((int)parser.Current.Start.Line, (int)parser.Current.Start.Column);
                        break;
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                }
        }
        // Syntax errors are reported by the real parse (YamlDotNet's scanner throws both types).
        catch (Exception e) when (e is YamlException or InvalidOperationException) { }
        return null;
    }

    /// <summary>
    /// The 0-based line (within the Markdown body) where block quotes and list items first nest deeper than the
    /// limit, or -1. Counts '>' markers and the indentation of list-item lines; fenced code is skipped.
    /// </summary>
    /// <summary>The 0-based line with the most brackets and emphasis marks: where inline nesting is deepest.</summary>
    public static int MostNestedInlineLine(string markdown)
    {
        int line = 0, best = 0, bestCount = -1;
        foreach (var raw in markdown.AsSpan().EnumerateLines())
        {
            var count = 0;
            foreach (var c in raw) if (c is '[' or '*' or '_' or '~') count++;
            if (count > bestCount) (best, bestCount) = (line, count);
            line++;
        }
        return best;
    }

    public static int MarkdownTooDeep(string markdown, int max = MaxMarkdownDepth)
    {
        var line = 0;
        var inFence = false;
        foreach (var raw in markdown.AsSpan().EnumerateLines())
        {
            var text = raw.TrimStart(' ');
            if (text.StartsWith("```") || text.StartsWith("~~~")) inFence = !inFence;
            if (!inFence)
            {
                // Leading indentation, then every '>' and list marker ("- ", "* ", "+ ", "1. ") before the text.
                var indent = 0;
                var i = 0;
                for (; i < raw.Length && raw[i] is ' ' or '\t'; i++) indent += raw[i] == '\t' ? 4 : 1;
                var depth = 0;
                var markers = 0;
                while (i < raw.Length)
                {
                    if (raw[i] is ' ' or '\t') { i++; continue; }
                    if (raw[i] == '>') { depth++; i++; continue; }
                    if (raw[i] is '-' or '*' or '+' && i + 1 < raw.Length && raw[i + 1] is ' ' or '\t') { markers++; i += 2; continue; }
                    var digits = i;
                    while (digits < raw.Length && char.IsAsciiDigit(raw[digits])) digits++;
                    if (digits > i && digits + 1 < raw.Length && raw[digits] is '.' or ')' && raw[digits + 1] == ' ') { markers++; i = digits + 2; continue; }
                    break;
                }
                if (markers > 0) depth += markers + indent / 2;
                if (depth > max) return line;
            }
            line++;
        }
        return -1;
    }
}
