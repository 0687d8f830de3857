using System.IO.Compression;
using System.Text.Json;
using Synapse.Search;

namespace Synapse.Tests.Search.Site;

public sealed class SearchIndexWriterTests
{
    [Fact]
    public void Index_has_the_five_fields_url_refs_and_stemmed_terms()
    {
        var artifacts = SearchIndexWriter.Build(TestSite.Entries());
        using var index = JsonDocument.Parse(artifacts.IndexJson);
        var root = index.RootElement;
        Assert.Equal(["title", "summary", "tags", "headings", "body"], root.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(["stemmer"], root.GetProperty("pipeline").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal("title/neurotransmitters/serotonin/", root.GetProperty("fieldVectors")[0][0].GetString());
        var terms = root.GetProperty("invertedIndex").EnumerateArray().Select(t => t[0].GetString()!).ToHashSet();
        Assert.Contains("depress", terms);
        Assert.Contains("988", terms);
        Assert.Contains("5ht", terms);
        Assert.Contains("gabaa", terms);
        Assert.DoesNotContain("depression", terms);
        Assert.DoesNotContain(root.GetProperty("invertedIndex").EnumerateArray(), t => t[1].ToString().Contains("position"));
    }

    [Fact]
    public void Document_store_holds_sections_docs_and_synonyms()
    {
        var entries = TestSite.Entries();
        var artifacts = SearchIndexWriter.Build(entries, TestSite.Synonyms());
        using var store = JsonDocument.Parse(artifacts.DocumentsJson);
        var root = store.RootElement;
        Assert.Equal(["neurotransmitters/", "conditions/", "treatments/", "guides/"],
            root.GetProperty("sections").EnumerateArray().Select(s => s[1].GetString()));
        var depression = root.GetProperty("docs").GetProperty("conditions/depression/");
        Assert.Equal("Depression", depression[0].GetString());
        Assert.Equal("Conditions", root.GetProperty("sections")[depression[1].GetInt32()][0].GetString());
        Assert.StartsWith("What depression is", depression[2].GetString());
        Assert.True(depression[3].GetString()!.Length <= SearchDocumentStore.ExcerptLength + 1);
        Assert.Equal(entries.Count, root.GetProperty("docs").EnumerateObject().Count());
        Assert.Equal("serotonin", root.GetProperty("synonyms").GetProperty("5 ht")[0][0].GetString());
    }

    [Fact]
    public void Leading_slashes_are_dropped_and_duplicate_urls_rejected()
    {
        var entry = new SearchEntry("/guides/getting-help/", "Getting help", "Guides", "Help.", [], [], "Call 988.");
        Assert.Contains("\"title/guides/getting-help/\"", SearchIndexWriter.Build([entry]).IndexJson);
        Assert.Throws<ArgumentException>(() => SearchIndexWriter.Build([entry, entry with { Url = "guides/getting-help/" }]));
    }

    [Fact]
    public void Writes_json_with_gzip_and_brotli_copies()
    {
        string dir = Path.Combine(Path.GetTempPath(), "synapse-search-" + Guid.NewGuid().ToString("N"));
        try
        {
            var artifacts = SearchIndexWriter.Build(TestSite.Entries(), TestSite.Synonyms());
            SearchIndexWriter.Write(dir, artifacts);
            foreach (var (name, json) in new[] { (SearchArtifacts.IndexFileName, artifacts.IndexJson), (SearchArtifacts.DocumentsFileName, artifacts.DocumentsJson) })
            {
                string path = Path.Combine(dir, name);
                Assert.Equal(json, File.ReadAllText(path));
                using (var gzip = new GZipStream(File.OpenRead(path + ".gz"), CompressionMode.Decompress))
                    Assert.Equal(json, new StreamReader(gzip).ReadToEnd());
                using (var brotli = new BrotliStream(File.OpenRead(path + ".br"), CompressionMode.Decompress))
                    Assert.Equal(json, new StreamReader(brotli).ReadToEnd());
            }
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }
}
