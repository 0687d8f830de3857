using Synapse.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Synapse.Content;

internal sealed record GlossaryEntry(string Id, string Term, string Definition, IReadOnlyList<string> See)
{
    /// <summary><c>plain: true</c>: an everyday word (e.g. "side effect") that articles may use without explaining it.</summary>
    public bool Plain { get; init; }
}

/// <summary>Reads input/_data/glossary.yaml: a list of {id, term, definition, see, plain}.</summary>
internal static class GlossaryLoader
{
    public const string RelativePath = "input/_data/glossary.yaml";

    public static IReadOnlyList<GlossaryEntry> Load(string siteRoot, DiagnosticBag bag)
    {
        var path = Path.Combine(siteRoot, RelativePath);
        if (!IO.SiteFiles.IsReadable(path, siteRoot)) return [];
        var text = File.ReadAllText(path);
        if (IO.InputLimits.YamlTooDeep(text) is { } deep)
        {
            bag.Error("glossary/too-deep", new SourceLocation(RelativePath, deep.Line, deep.Column), $"The glossary nests more than {IO.InputLimits.MaxYamlDepth} levels deep here.", "Flatten the structure: real front matter, glossary entries and references nest only a few levels.");
            return [];
        }
        var stream = new YamlStream();
        try { stream.Load(new StringReader(text)); }
        catch (InvalidOperationException ex)
        {
            var (line, column) = YamlErrorPosition.Find(text, ex);
            bag.Error("glossary/yaml", new SourceLocation(RelativePath, line, Math.Max(1, column)), "The glossary is not valid YAML: " + YamlErrorPosition.Message(ex), "Check that every '[' and '{' is closed and quotes are balanced.");
            return [];
        }
        catch (YamlException ex)
        {
            bag.Error("glossary/yaml", new SourceLocation(RelativePath, (int)ex.Start.Line, (int)ex.Start.Column), "The glossary is not valid YAML.", "Check indentation and quoting on this line.");
            return [];
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlSequenceNode list) return [];
        var entries = new List<GlossaryEntry>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var node in list.Children.OfType<YamlMappingNode>())
        {
            string Get(string key) => node.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode s ? s.Value?.Trim() ?? "" : "";
            var at = new SourceLocation(RelativePath, (int)node.Start.Line, (int)node.Start.Column);
            var term = Get("term");
            var id = Get("id") is { Length: > 0 } explicitId ? explicitId : Content.Slug.From(term);
            var definition = Get("definition");
            if (term.Length == 0 || definition.Length == 0)
            {
                bag.Error("glossary/missing-field", at, "A glossary entry needs both 'term' and 'definition'.", "Add the missing field.");
                continue;
            }
            if (!seen.Add(id))
            {
                bag.Error("glossary/duplicate-id", at, $"Glossary id '{id}' is used twice.", "Give each entry a unique id.");
                continue;
            }
            var see = node.Children.TryGetValue(new YamlScalarNode("see"), out var seeNode) && seeNode is YamlSequenceNode seq
                ? seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").Where(s => s.Length > 0).ToList() : [];
            entries.Add(new GlossaryEntry(id, term, definition, see) { Plain = Get("plain").Equals("true", StringComparison.OrdinalIgnoreCase) });
        }
        return entries.OrderBy(e => e.Term, StringComparer.OrdinalIgnoreCase).ToList();
    }
}
