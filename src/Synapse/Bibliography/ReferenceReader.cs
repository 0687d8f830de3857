using System.Globalization;
using Synapse.Diagnostics;

namespace Synapse.Bibliography;

/// <summary>Turns one CSL mapping into a <see cref="Reference"/>; field names are matched ignoring case.</summary>
internal sealed class ReferenceReader
{
    private readonly MappingNode _map;
    private readonly DiagnosticBag _bag;
    private readonly Dictionary<string, SourceLocation> _locations = new(StringComparer.Ordinal);
    private string _label = "this reference";

    private ReferenceReader(MappingNode map, DiagnosticBag bag)
    {
        _map = map;
        _bag = bag;
    }

    /// <summary>The reference, or null (with a diagnostic) when it has no usable id.</summary>
    public static Reference? Read(MappingNode map, DiagnosticBag bag) => new ReferenceReader(map, bag).Read();

    private Reference? Read()
    {
        var id = Text("id");
        if (id is null)
        {
            _bag.Error(BibliographyRules.MissingField, _map.Location, "This reference has no id, so it cannot be cited.",
                "Add an id line, e.g. id: smith2020, and cite it as [@smith2020].");
            return null;
        }
        _label = $"reference '{id}'";
        ReportDuplicateFields();
        var type = Text("type");
        return new Reference
        {
            Id = id,
            Type = type ?? "",
            Title = Text("title"),
            Authors = Names("author"),
            Editors = Names("editor"),
            ContainerTitle = Text("container-title"),
            ContainerTitleShort = Text("container-title-short") ?? Text("journalAbbreviation"),
            Issued = Date("issued"),
            Accessed = Date("accessed"),
            Doi = Text("DOI") is { } doi ? Identifiers.NormalizeDoi(doi) : null,
            Pmid = Text("PMID"),
            Url = Text("URL"),
            Publisher = Text("publisher"),
            PublisherPlace = Text("publisher-place"),
            Volume = Text("volume"),
            Issue = Text("issue"),
            Page = Text("page"),
            Number = Text("number"),
            Genre = Text("genre"),
            Edition = Text("edition"),
            Location = _map.Get("id")!.Location,
            FieldLocations = _locations,
        };
    }

    private DataNode? Field(string name)
    {
        var node = _map.Get(name);
        if (node is not null) _locations.TryAdd(name.ToLowerInvariant(), node.Location);
        return node;
    }

    private string? Text(string name)
    {
        switch (Field(name))
        {
            case null: return null;
            case ScalarNode scalar: return string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim();
            case var other:
                _bag.Error(BibliographyRules.BadField, other.Location, $"Field '{name}' of {_label} should be text, not a list or mapping.",
                    $"Write it on one line, e.g. {name}: some text.");
                return null;
        }
    }

    private List<PersonName> Names(string name)
    {
        var items = Field(name) switch
        {
            null => [],
            SequenceNode sequence => sequence.Items,
            var single => [single],
        };
        var names = new List<PersonName>();
        foreach (var item in items)
        {
            if (ReadName(item) is { } person) names.Add(person);
            else
            {
                _bag.Error(BibliographyRules.BadField, item.Location,
                    $"An entry in '{name}' of {_label} has neither a family name nor a literal name.",
                    "Write a person as {family: Smith, given: Jane} and an organisation as {literal: World Health Organization}.");
            }
        }
        return names;
    }

    private static PersonName? ReadName(DataNode node)
    {
        if (node is ScalarNode scalar)
            return string.IsNullOrWhiteSpace(scalar.Value) ? null : new PersonName(null, null, scalar.Value.Trim());
        if (node is not MappingNode map) return null;
        string? Get(string key) => map.Get(key) is ScalarNode s && !string.IsNullOrWhiteSpace(s.Value) ? s.Value.Trim() : null;
        var person = new PersonName(Get("family"), Get("given"), Get("literal"), Get("non-dropping-particle"),
            Get("dropping-particle"), Get("suffix"));
        return person.Family is null && person.Literal is null ? null : person;
    }

    private CslDate? Date(string name)
    {
        var node = Field(name);
        if (node is null) return null;
        if (ReadDate(node) is { } date)
        {
            if (!date.HasValidMonthAndDay)
            {
                _bag.Error(BibliographyRules.BadDate, node.Location, $"The {name} date of {_label} has no such month or day ({date.ToIso()}).",
                    "Write date-parts as [[year, month, day]] with month 1-12, e.g. [[2020, 3, 15]].");
                return null;
            }
            return date;
        }
        _bag.Error(BibliographyRules.BadDate, node.Location, $"The {name} date of {_label} cannot be read.",
            $"Write it as {name}: {{date-parts: [[2020, 3, 15]]}} or {name}: 2020-03-15 (month and day are optional).");
        return null;
    }

    private static CslDate? ReadDate(DataNode node)
    {
        switch (node)
        {
            case ScalarNode scalar:
                return CslDate.TryParse(scalar.Value, out var parsed) ? parsed : null;
            case MappingNode map when map.Get("date-parts") is SequenceNode { Items: [SequenceNode first, ..] }:
                var numbers = new List<int>();
                foreach (var part in first.Items)
                {
                    if (part is not ScalarNode s || !int.TryParse(s.Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                        return null;
                    numbers.Add(n);
                }
                return CslDate.TryCreate(numbers, out var fromParts) ? fromParts : null;
            case MappingNode map when (map.Get("raw") ?? map.Get("literal")) is ScalarNode raw:
                return CslDate.TryParse(raw.Value, out var fromRaw) ? fromRaw : null;
            default:
                return null;
        }
    }

    private void ReportDuplicateFields()
    {
        var seen = new Dictionary<string, ScalarNode>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, _) in _map.Entries)
        {
            if (seen.TryGetValue(key.Value, out var first))
            {
                _bag.Warning(BibliographyRules.DuplicateField, key.Location,
                    $"Field '{key.Value}' is written twice in {_label} (first at line {first.Location.Line}); the first one is used.",
                    "Delete one of the two lines.");
            }
            else seen.Add(key.Value, key);
        }
    }
}
