using System.Diagnostics;
using System.Text.Json;
using Synapse.Search.Lunr;
using Synapse.Tests.Search.Corpus;
using Synapse.Tests.Search.Oracle;
using Xunit.Abstractions;

namespace Synapse.Tests.Search.Lunr;

/// <summary>Whole indexes, byte for byte against lunr.js 2.3.9.</summary>
public sealed class LunrIndexOracleTests(ITestOutputHelper output)
{
    private static readonly LunrField[] SiteFields =
        [new("title", 10), new("summary"), new("tags"), new("headings"), new("body")];

    [Fact]
    public void Realistic_documents_give_the_same_json_as_lunr()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(RepoPaths.Combine("tests", "Synapse.Tests", "Search", "Data", "realistic-documents.json")));
        var documents = json.RootElement.EnumerateArray().Select(d => new OracleDocument(
            d.GetProperty("ref").GetString()!,
            d.GetProperty("fields").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()))).ToList();
        AssertSameAsLunr(SiteFields, documents);
    }

    [Fact]
    public void Javascript_object_quirks_are_reproduced()
    {
        // Numeric refs and field names enumerate first; a repeated ref overwrites in place; boosts of 0 count as 1;
        // missing and null fields have length 0; a token emptied by the trimmer is indexed as "".
        LunrField[] fields = [new("body"), new("2", 0), new("title", 2.5), new("1", -1), new("body", 3)];
        OracleDocument[] documents =
        [
            new("10", Fields(("body", "Dopamine and reward; dopamine again."), ("title", "Dopamine"), ("2", "two"))),
            new("b/2", Fields(("body", "… — “” serotonin 5-HT"), ("1", "one 1 one")), Boost: 2),
            new("2", Fields(("body", null), ("title", "GABA-A")), Boost: 0),
            new("01", Fields(("title", "Leading zero ref")), Boost: -1.5),
            new("10", Fields(("body", "Replaced: noradrenaline"), ("title", "Noradrenaline"))),
            new("4294967295", Fields(("body", "not an array index"))),
            new("0", Fields(("body", "zero"), ("unknown", "ignored field"))),
            new("", Fields(("body", "empty ref"))),
        ];
        AssertSameAsLunr(fields, documents);
    }

    [Fact]
    public void Empty_and_single_word_indexes_match_lunr()
    {
        AssertSameAsLunr(SiteFields, []);
        AssertSameAsLunr(SiteFields, [new OracleDocument("a/", Fields(("title", "the")))]);
    }

    [Fact]
    public void Thousand_article_bench_corpus_gives_the_same_json_as_lunr()
    {
        string python = ExternalTool.Find("python3", "SYNAPSE_PYTHON", "The corpus test generates articles with Python 3.");
        var articles = BenchCorpus.Generate(1000, RepoPaths.Root, python);
        Assert.Equal(1000, articles.Count);
        var documents = articles.Select(a => new OracleDocument(a.Slug + "/", Fields(
            ("title", a.Title), ("summary", a.Summary), ("tags", a.Tags), ("headings", a.Headings), ("body", a.Body)))).ToList();
        AssertSameAsLunr(SiteFields, documents);
    }

    private void AssertSameAsLunr(IReadOnlyList<LunrField> fields, IReadOnlyList<OracleDocument> documents)
    {
        var clock = Stopwatch.StartNew();
        string expected = LunrOracle.Run(OracleRequest.Index(fields, documents));
        var node = clock.Elapsed;
        clock.Restart();
        var builder = new LunrIndexBuilder(fields);
        foreach (var document in documents) builder.Add(document.Ref, document.Fields, document.Boost);
        string actual = builder.ToJson();
        output.WriteLine($"{documents.Count} documents: node {node.TotalMilliseconds:F0} ms (with start-up), C# {clock.Elapsed.TotalMilliseconds:F0} ms, {actual.Length:N0} chars");
        SameText.Assert(expected, actual, "index JSON");

        var parallel = new LunrIndexBuilder(fields);
        parallel.AddAll(documents, d => new LunrDocumentInput(d.Ref, d.Fields, d.Boost));
        SameText.Assert(expected, parallel.ToJson(), "index JSON of the documents analysed in parallel");
    }

    private static Dictionary<string, string?> Fields(params (string Name, string? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value);
}
