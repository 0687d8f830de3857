using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Synapse.Content;

/// <summary>
/// Where a YAML error really is (1-based line and column in the YAML text): an alias to an anchor that does not exist
/// is reported at the alias, and a scanner error at the later of YamlDotNet's two marks (the start of the enclosing
/// block and the place the problem was found), instead of the top of the document.
/// </summary>
internal static class YamlErrorPosition
{
    public static (int Line, int Column) Find(string yaml, Exception error)
    {
        var parser = new Parser(new StringReader(yaml));
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var last = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                last = parser.Current!.End;
                if (parser.Current is AnchorAlias alias)
                {
                    if (!anchors.Contains(alias.Value.Value)) return ((int)alias.Start.Line, (int)alias.Start.Column);
                }
                else if (parser.Current is NodeEvent { Anchor.IsEmpty: false } node) anchors.Add(node.Anchor.Value);
            }
        }
        catch (YamlException scan)
        {
            var mark = scan.End.Line > scan.Start.Line ? scan.End : scan.Start;
            var lines = yaml.Split('\n');
            var message = Message(scan);
            // The scanner reports a tab at the start of the enclosing mapping, and an unclosed quote at the end of the
            // text: point at the line with the tab, or the last line before the mark with an unbalanced quote.
            if (message.Contains("tab", StringComparison.Ordinal) && Array.FindIndex(lines, l => l.TrimEnd('\r').Length > 0 && l.TakeWhile(char.IsWhiteSpace).Contains('\t')) is var tab and >= 0)
                return (tab + 1, 1);
            if (message.Contains("quoted scalar", StringComparison.Ordinal))
                for (var i = Math.Min((int)mark.Line, lines.Length) - 1; i >= 0; i--)
                    if (lines[i].Count(c => c == '"') % 2 == 1 || lines[i].Count(c => c == '\'') % 2 == 1) return (i + 1, 1);
            return ((int)mark.Line, (int)mark.Column);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner can fail without a position: the problem follows the last event it read.
            return ((int)Math.Max(1, last.Line), (int)Math.Max(1, last.Column));
        }
        return error is YamlException y ? ((int)y.Start.Line, (int)y.Start.Column) : (1, 1);
    }

    /// <summary>YamlDotNet's message without its "(Line: …)" prefix; never the framework's generic wording.</summary>
    public static string Message(Exception error)
    {
        var message = error.InnerException?.Message ?? error.Message;
        var paren = message.IndexOf("): ", StringComparison.Ordinal);
        message = paren > 0 && message.StartsWith('(') ? message[(paren + 3)..] : message;
        return message.StartsWith("Operation is not valid", StringComparison.Ordinal) ? "the YAML structure is not valid here." : message.Replace("does not exists", "does not exist");
    }
}
