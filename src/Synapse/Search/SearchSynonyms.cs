using Synapse.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Synapse.Search;

/// <summary>
/// Query expansions from input/_data/synonyms.yaml: a mapping from what a reader may type to what pages
/// may say instead (<c>noradrenaline: [norepinephrine]</c>). One-way; list both directions when needed.
/// </summary>
internal sealed class SearchSynonyms
{
    public const string Rule = "search-synonyms";

    public static readonly SearchSynonyms Empty = new([]);

    private SearchSynonyms(IReadOnlyList<(string Term, IReadOnlyList<string> Expansions)> entries) => Entries = entries;

    /// <summary>Entries in file order.</summary>
    public IReadOnlyList<(string Term, IReadOnlyList<string> Expansions)> Entries { get; }

    /// <summary>Reads the file if it exists (a missing file means no synonyms); problems become diagnostics.</summary>
    public static SearchSynonyms Load(string path, string displayPath, DiagnosticBag diagnostics) =>
        IO.SiteFiles.IsReadable(path, Path.GetDirectoryName(Path.GetFullPath(path))!) ? Parse(File.ReadAllText(path), displayPath, diagnostics) : Empty;

    public static SearchSynonyms Parse(string yaml, string displayPath, DiagnosticBag diagnostics)
    {
        if (IO.InputLimits.YamlTooDeep(yaml) is { } deep)
        {
            diagnostics.Error(Rule, new SourceLocation(displayPath, deep.Line, deep.Column), $"The synonyms file nests more than {IO.InputLimits.MaxYamlDepth} levels deep here.", "Write one 'term: [expansion, ...]' pair per line.");
            return Empty;
        }
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException) // YamlDotNet throws both on bad input
        {
            var at = e is YamlException bad ? At(displayPath, bad.Start) : SourceLocation.FileOnly(displayPath);
            diagnostics.Error(Rule, at, $"Cannot read the synonyms file: {e.Message}", "Write one 'term: [expansion, ...]' pair per line.");
            return Empty;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" }) return Empty;
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Error(Rule, At(displayPath, stream.Documents[0].RootNode.Start), "The synonyms file must be a mapping.",
                "Write one 'term: [expansion, ...]' pair per line, e.g. 'noradrenaline: [norepinephrine]'.");
            return Empty;
        }
        var entries = new List<(string, IReadOnlyList<string>)>();
        foreach (var (keyNode, valueNode) in root.Children)
        {
            string? term = (keyNode as YamlScalarNode)?.Value?.Trim();
            var expansions = Expansions(valueNode);
            if (string.IsNullOrEmpty(term) || expansions is null || expansions.Count == 0)
            {
                diagnostics.Error(Rule, At(displayPath, keyNode.Start), $"Synonym entry '{term}' needs a term and a list of expansions.",
                    "Example: 'SSRI: [selective serotonin reuptake inhibitor, antidepressants]'.");
                continue;
            }
            entries.Add((term, expansions));
        }
        return new SearchSynonyms(entries);
    }

    private static List<string>? Expansions(YamlNode node) => node switch
    {
        YamlScalarNode { Value: { } value } when value.Trim().Length > 0 => [value.Trim()],
        YamlSequenceNode sequence when sequence.Children.All(c => c is YamlScalarNode { Value.Length: > 0 }) =>
            sequence.Children.Select(c => ((YamlScalarNode)c).Value!.Trim()).ToList(),
        _ => null,
    };

    private static SourceLocation At(string file, Mark mark) => new(file, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));
}
