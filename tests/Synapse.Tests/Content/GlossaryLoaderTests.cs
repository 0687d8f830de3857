using Synapse.Content;
using Synapse.Diagnostics;
using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Content;

public sealed class GlossaryLoaderTests : IDisposable
{
    private readonly TempFolder _site = new();

    private (IReadOnlyList<GlossaryEntry> Entries, IReadOnlyList<Diagnostic> Diagnostics) Load(string yaml)
    {
        _site.Write(GlossaryLoader.RelativePath, yaml);
        var bag = new DiagnosticBag();
        return (GlossaryLoader.Load(_site.Path, bag), bag.Sorted());
    }

    [Fact]
    public void Entries_are_sorted_by_term_and_an_id_defaults_to_the_slug_of_the_term()
    {
        var (entries, diagnostics) = Load("""
            - {term: Synapse, definition: The gap between two nerve cells., see: [action-potential]}
            - {id: action-potential, term: Action potential, definition: A nerve cell's electrical pulse.}
            - term: SSRI (antidepressant)
              definition: A medicine that slows serotonin reuptake.
            """);

        Assert.Empty(diagnostics);
        Assert.Equal(["Action potential", "SSRI (antidepressant)", "Synapse"], entries.Select(e => e.Term));
        Assert.Equal(["action-potential", "ssri-antidepressant", "synapse"], entries.Select(e => e.Id));
        Assert.Equal(["action-potential"], entries.Single(e => e.Id == "synapse").See);
    }

    [Fact]
    public void Entry_without_a_definition_is_an_error_at_the_entry()
    {
        var (entries, diagnostics) = Load("- {term: Good, definition: Fine.}\n- {term: Bad}\n");

        Assert.Equal(["Good"], entries.Select(e => e.Term));
        var d = Assert.Single(diagnostics);
        Assert.Equal("glossary/missing-field", d.Rule);
        Assert.Equal(new SourceLocation(GlossaryLoader.RelativePath, 2, 3), d.Location);
    }

    [Fact]
    public void Id_used_twice_is_an_error_and_the_first_entry_wins()
    {
        var (entries, diagnostics) = Load("- {id: a, term: First, definition: One.}\n- {id: A, term: Second, definition: Two.}\n");

        Assert.Equal(["First"], entries.Select(e => e.Term));
        Assert.Equal("glossary/duplicate-id", Assert.Single(diagnostics).Rule);
    }

    [Fact]
    public void Yaml_syntax_error_is_reported_at_its_line()
    {
        var (entries, diagnostics) = Load("- {term: A, definition: One.}\n- term: B\n  definition: Two: three\n");

        Assert.Empty(entries);
        var d = Assert.Single(diagnostics);
        Assert.Equal("glossary/yaml", d.Rule);
        Assert.Equal(3, d.Location.Line);
    }

    [Fact]
    public void Missing_glossary_file_gives_no_entries_and_no_diagnostics()
    {
        var bag = new DiagnosticBag();

        Assert.Empty(GlossaryLoader.Load(_site.Path, bag));
        Assert.Empty(bag.Sorted());
    }

    public void Dispose() => _site.Dispose();
}
