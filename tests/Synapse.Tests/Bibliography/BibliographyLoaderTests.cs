using Synapse.Bibliography;
using Synapse.Diagnostics;
using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Bibliography;

public sealed class BibliographyLoaderTests
{
    [Fact]
    public void The_fixture_loads_every_reference_without_diagnostics()
    {
        var bag = new DiagnosticBag();
        var bibliography = Fixtures.Load(Fixtures.Yaml, bag);
        Assert.Empty(bag.Sorted());
        Assert.Equal(7, bibliography.Count);
    }

    [Fact]
    public void Field_names_are_matched_ignoring_case()
    {
        var bibliography = Fixtures.Load("""
            - ID: a
              TYPE: article-journal
              Title: T
              AUTHOR: [{FAMILY: Smith, Given: Jane}]
              Container-Title: J
              Issued: {Date-Parts: [[2020]]}
              doi: https://doi.org/10.1000/xyz
              pmid: 123
              url: https://example.org/
            """);
        var reference = bibliography.Get("a");
        Assert.Equal("10.1000/xyz", reference.Doi);
        Assert.Equal("123", reference.Pmid);
        Assert.Equal("https://example.org/", reference.Url);
        Assert.Equal("Smith", reference.Authors[0].Family);
        Assert.Equal(2020, reference.Issued!.Year);
    }

    [Fact]
    public void Csl_json_and_several_yaml_files_merge_into_one_bibliography()
    {
        const string json = """
            [
            	{
            		"id": "j1",
            		"type": "webpage",
            		"title": "A page",
            		"URL": "https://example.org/",
            		"accessed": {"date-parts": [["2024", "1", "2"]]}
            	}
            ]
            """;
        var bag = new DiagnosticBag();
        var bibliography = BibliographyLoader.Load(
        [
            ("input/_data/references.json", json),
            ("input/_data/references/books.yaml", "- {id: b1, type: book, title: B, author: [{literal: Org}], publisher: P, issued: 2001}"),
            ("input/_data/references/pandoc.yml", "---\nreferences:\n- {id: r1, type: report, title: R, publisher: P, issued: 2010}\n...\n"),
        ], bag, Fixtures.Year);
        Assert.Empty(bag.Sorted());
        Assert.Equal(["j1", "b1", "r1"], bibliography.References.Select(r => r.Id));
        Assert.Equal(new SourceLocation("input/_data/references.json", 3, 9), bibliography.Get("j1").Location);
    }

    [Fact]
    public void Each_reference_and_field_knows_its_one_based_yaml_position()
    {
        var bibliography = Fixtures.Load(Fixtures.Yaml);
        var rose = bibliography.Get("rose2002");
        Assert.Equal(new SourceLocation(Fixtures.Path, 1, 7), rose.Location);
        Assert.Equal(new SourceLocation(Fixtures.Path, 18, 8), rose.LocationOf("DOI"));
    }

    [Fact]
    public void Yaml_syntax_error_becomes_a_bib_yaml_diagnostic_with_its_position_not_an_exception()
    {
        var bag = new DiagnosticBag();
        var bibliography = Fixtures.Load("- id: a\n  title: [unclosed\n", bag);
        var diagnostic = Assert.Single(bag.Sorted());
        Assert.Equal("bib/yaml", diagnostic.Rule);
        Assert.True(diagnostic.IsError);
        Assert.Equal(new SourceLocation(Fixtures.Path, 3, 1), diagnostic.Location);
        Assert.Equal(0, bibliography.Count);
    }

    [Fact]
    public void Json_syntax_error_becomes_a_bib_json_diagnostic()
    {
        var bag = new DiagnosticBag();
        BibliographyLoader.Load([("input/_data/references.json", "[{\"id\": \"a\",, }]")], bag, Fixtures.Year);
        Assert.Equal("bib/json", Assert.Single(bag.Sorted()).Rule);
    }

    [Fact]
    public void Loading_from_disk_reads_the_main_file_and_the_references_folder_with_site_relative_paths()
    {
        var root = Directory.CreateTempSubdirectory("synapse-bib-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "input/_data/references"));
            File.WriteAllText(Path.Combine(root, "input/_data/references.yaml"), "- {id: a, type: book, title: A, editor: [{literal: E}], publisher: P, issued: 2001}\n");
            File.WriteAllText(Path.Combine(root, "input/_data/references/more.yaml"), "- {id: a, type: book, title: A2, editor: [{literal: E}], publisher: P, issued: 2001}\n");
            File.WriteAllText(Path.Combine(root, "input/_data/references/notes.txt"), "ignored");
            var bag = new DiagnosticBag();
            var bibliography = BibliographyLoader.Load(root, bag);
            Assert.Equal(1, bibliography.Count);
            var duplicate = Assert.Single(bag.Sorted());
            Assert.Equal("bib/duplicate-id", duplicate.Rule);
            Assert.Equal("input/_data/references/more.yaml:1:8", duplicate.Location.ToString());
            Assert.Contains("input/_data/references.yaml:1:8", duplicate.Message);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_site_without_a_bibliography_loads_an_empty_one()
    {
        var root = Directory.CreateTempSubdirectory("synapse-bib-").FullName;
        try
        {
            var bag = new DiagnosticBag();
            Assert.Equal(0, BibliographyLoader.Load(root, bag).Count);
            Assert.Empty(bag.Sorted());
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_bibliography_file_that_cannot_be_read_is_a_bib_io_error_naming_it_and_the_other_files_still_load()
    {
        using var site = new TempFolder();
        var locked = site.Write("input/_data/references.yaml", "- {id: a, type: book, title: A, editor: [{literal: E}], publisher: P, issued: 2001}\n");
        site.Write("input/_data/references/more.yaml", "- {id: b, type: book, title: B, editor: [{literal: E}], publisher: P, issued: 2001}\n");
        var bag = new DiagnosticBag();

        SiteBibliography bibliography;
        // Another program holding the file exclusively makes every read of it fail, as a missing permission does.
        using (new FileStream(locked, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
            bibliography = BibliographyLoader.Load(site.Path, bag);

        var diagnostic = Assert.Single(bag.Sorted());
        Assert.Equal(("bib/io", true), (diagnostic.Rule, diagnostic.IsError));
        Assert.Equal(SourceLocation.FileOnly("input/_data/references.yaml"), diagnostic.Location);
        Assert.StartsWith("The bibliography file cannot be read: ", diagnostic.Message);
        Assert.Equal(["b"], bibliography.References.Select(r => r.Id));
    }

    [Fact]
    public void Readable_bibliography_files_give_no_bib_io_error()
    {
        using var site = new TempFolder();
        site.Write("input/_data/references.yaml", "- {id: a, type: book, title: A, editor: [{literal: E}], publisher: P, issued: 2001}\n");
        var bag = new DiagnosticBag();

        Assert.Equal(1, BibliographyLoader.Load(site.Path, bag).Count);
        Assert.Empty(bag.Sorted());
    }
}
