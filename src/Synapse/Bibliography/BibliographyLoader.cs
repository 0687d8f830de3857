using Synapse.Diagnostics;

namespace Synapse.Bibliography;

/// <summary>
/// Loads the site bibliography: <c>input/_data/references.yaml</c> (or <c>.yml</c>, or CSL-JSON <c>references.json</c>)
/// and every <c>*.yaml</c>, <c>*.yml</c> and <c>*.json</c> in <c>input/_data/references/</c>, merged into one.
/// Every problem becomes a diagnostic; loading never throws on bad content.
/// </summary>
internal static class BibliographyLoader
{
    private const string DataFolder = "input/_data";
    private static readonly string[] Extensions = [".yaml", ".yml", ".json"];

    public static SiteBibliography Load(string siteRoot, DiagnosticBag bag)
    {
        var files = new List<(string Path, string Text)>();
        foreach (var relative in FindFiles(siteRoot))
        {
            try
            {
                files.Add((relative, File.ReadAllText(Path.Combine(siteRoot, relative))));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                bag.Error(BibliographyRules.Io, SourceLocation.FileOnly(relative), $"The bibliography file cannot be read: {e.Message}",
                    "Check that the file exists and is readable.");
            }
        }
        return Load(files, bag, DateTime.UtcNow.Year);
    }

    /// <summary>Loads from in-memory files; <c>Path</c> is site-relative with forward slashes, the extension picks JSON or YAML.</summary>
    public static SiteBibliography Load(IEnumerable<(string Path, string Text)> files, DiagnosticBag bag, int currentYear)
    {
        var references = new List<Reference>();
        var firstById = new Dictionary<string, Reference>(StringComparer.Ordinal);
        foreach (var (path, text) in files)
        {
            foreach (var reference in ReadFile(path, text, bag))
            {
                if (firstById.TryGetValue(reference.Id, out var first))
                {
                    bag.Error(BibliographyRules.DuplicateId, reference.Location,
                        $"Reference id '{reference.Id}' is defined twice: here and at {first.Location}.",
                        $"Give one of them another id, or delete the copy; citations use the one at {first.Location}.");
                    continue;
                }
                firstById.Add(reference.Id, reference);
                ReferenceValidator.Check(reference, currentYear, bag);
                references.Add(reference);
            }
        }
        return new SiteBibliography(references);
    }

    public static SiteBibliography Load(IEnumerable<(string Path, string Text)> files, DiagnosticBag bag) =>
        Load(files, bag, DateTime.UtcNow.Year);

    private static IEnumerable<Reference> ReadFile(string path, string text, DiagnosticBag bag)
    {
        foreach (var document in DataReader.Read(path, text, bag))
        {
            foreach (var entry in Entries(document, path, bag))
            {
                if (entry is not MappingNode map)
                {
                    bag.Error(BibliographyRules.Structure, entry.Location, "This bibliography entry is not a set of fields.",
                        "Each reference is a list item of fields: - id: smith2020 / type: article-journal / title: ...");
                    continue;
                }
                if (ReferenceReader.Read(map, bag) is { } reference) yield return reference;
            }
        }
    }

    /// <summary>Accepts a bare list of references (CSL-JSON, CSL-YAML) or Pandoc's "references:" mapping.</summary>
    private static IReadOnlyList<DataNode> Entries(DataNode document, string path, DiagnosticBag bag)
    {
        switch (document)
        {
            case SequenceNode list:
                return list.Items;
            case MappingNode map when map.Get("references") is SequenceNode list:
                return list.Items;
            case MappingNode map when map.Get("id") is not null:
                return [map];
            case ScalarNode { Value.Length: 0 }:
                return [];
            default:
                bag.Error(BibliographyRules.Structure, document.Location,
                    $"{path} is not a list of references.",
                    "Write a list (- id: ... per reference), a 'references:' field holding that list, or a CSL-JSON array.");
                return [];
        }
    }

    private static IEnumerable<string> FindFiles(string siteRoot)
    {
        foreach (var extension in Extensions)
        {
            var single = $"{DataFolder}/references{extension}";
            if (IO.SiteFiles.IsReadable(Path.Combine(siteRoot, single), siteRoot)) yield return single;
        }
        var folder = Path.Combine(siteRoot, DataFolder, "references");
        if (!Directory.Exists(folder)) yield break;
        var names = IO.SiteFiles.Enumerate(folder, siteRoot, followInside: false, recursive: false)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => Extensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal);
        foreach (var name in names) yield return $"{DataFolder}/references/{name}";
    }
}
