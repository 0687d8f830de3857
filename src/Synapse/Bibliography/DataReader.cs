using Synapse.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Synapse.Bibliography;

/// <summary>
/// Reads YAML (and JSON, which YamlDotNet parses as flow YAML) into <see cref="DataNode"/> trees, one per
/// document, keeping YamlDotNet's 1-based marks. Syntax errors become one diagnostic, never an exception.
/// </summary>
internal sealed class DataReader
{
    private readonly string _file;
    private readonly IParser _parser;
    private readonly Dictionary<string, DataNode> _anchors = new(StringComparer.Ordinal);

    private DataReader(string file, string text)
    {
        _file = file;
        _parser = new Parser(new StringReader(text));
    }

    public static IReadOnlyList<DataNode> Read(string file, string text, DiagnosticBag bag)
    {
        if (IO.InputLimits.YamlTooDeep(text) is { } deep)
        {
            bag.Error("bib/too-deep", new SourceLocation(file, deep.Line, deep.Column), $"The bibliography file nests more than {IO.InputLimits.MaxYamlDepth} levels deep here.",
                "CSL entries nest only a few levels (author lists, date-parts): check the file was exported as CSL-YAML or CSL-JSON.");
            return [];
        }
        var reader = new DataReader(file, text);
        var documents = new List<DataNode>();
        try
        {
            reader._parser.Consume<StreamStart>();
            while (reader._parser.TryConsume<DocumentStart>(out _))
            {
                if (!reader._parser.Accept<DocumentEnd>(out _)) documents.Add(reader.ReadNode());
                reader._parser.Consume<DocumentEnd>();
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException) // YamlDotNet's scanner throws both
        {
            var isJson = file.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
            bag.Error(isJson ? BibliographyRules.Json : BibliographyRules.Yaml,
                new SourceLocation(file, Content.YamlErrorPosition.Find(text, e).Line, Math.Max(1, Content.YamlErrorPosition.Find(text, e).Column)),
                $"The bibliography file cannot be read: {FirstLine(Content.YamlErrorPosition.Message(e))}",
                isJson
                    ? "Check the JSON syntax near this position (commas, quotes, brackets); export again from Zotero as CSL JSON if unsure."
                    : "Check the YAML syntax near this position (indentation, a ':' after each field name, quotes around text containing ': ' or '#').");
            return [];
        }
        return documents;
    }

    private DataNode ReadNode()
    {
        var node = _parser.Consume<ParsingEvent>() switch
        {
            Scalar scalar => Remember(scalar.Anchor, new ScalarNode(scalar.Value, At(scalar))),
            SequenceStart start => Remember(start.Anchor, ReadSequence(start)),
            MappingStart start => Remember(start.Anchor, ReadMapping(start)),
            AnchorAlias alias => _anchors.TryGetValue(alias.Value.Value, out var target)
                ? target
                : throw new YamlException(alias.Start, alias.End, $"Unknown alias *{alias.Value.Value}."),
            var other => throw new YamlException(other.Start, other.End, $"Unexpected {other.GetType().Name}."),
        };
        return node;
    }

    private SequenceNode ReadSequence(SequenceStart start)
    {
        var items = new List<DataNode>();
        while (!_parser.TryConsume<SequenceEnd>(out _)) items.Add(ReadNode());
        return new SequenceNode(items, At(start));
    }

    private MappingNode ReadMapping(MappingStart start)
    {
        var entries = new List<KeyValuePair<ScalarNode, DataNode>>();
        while (!_parser.TryConsume<MappingEnd>(out _))
        {
            var key = ReadNode();
            var value = ReadNode();
            if (key is ScalarNode scalarKey) entries.Add(new(scalarKey, value));
        }
        return new MappingNode(entries, At(start));
    }

    private DataNode Remember(AnchorName anchor, DataNode node)
    {
        if (!anchor.IsEmpty) _anchors[anchor.Value] = node;
        return node;
    }

    private SourceLocation At(ParsingEvent e) => new(_file, (int)e.Start.Line, (int)e.Start.Column);

    private static string FirstLine(string message)
    {
        var text = message.Split('\n')[0].Trim();
        var detail = text.IndexOf("): ", StringComparison.Ordinal);
        return text.StartsWith("(Line", StringComparison.Ordinal) && detail > 0 ? text[(detail + 3)..] : text;
    }
}
