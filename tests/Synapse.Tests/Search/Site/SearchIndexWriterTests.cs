using System.IO.Compression;
using System.Text.Json;
using Synapse.Search;

namespace Synapse.Tests.Search.Site;

public sealed class SearchIndexWriterTests
{
    [Fact]
    public void Index_has_the_five_fields_url_refs_and_stemmed_terms()
    {
        using var index = JsonDocument.Parse(SearchIndexWriter.Index(TestSite.Entries()).ToJson());
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
    public void Meta_blocks_rest_buckets_and_shards_hold_every_term_once_and_each_document_has_its_own_file()
    {
        var entries = TestSite.Entries();
        var artifacts = SearchIndexWriter.Build(entries, TestSite.Synonyms());
        using var meta = JsonDocument.Parse(artifacts[SearchShards.MetaFile].Text);
        var root = meta.RootElement;
        Assert.Equal(["title", "summary", "tags", "headings", "body"], root.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(entries.Count, root.GetProperty("docs").GetInt32());
        Assert.Equal(["neurotransmitters/", "conditions/", "treatments/", "guides/"],
            root.GetProperty("sections").EnumerateArray().Select(s => s[1].GetString()));
        Assert.Equal("serotonin", root.GetProperty("synonyms").GetProperty("5 ht")[0][0].GetString());

        var blocks = root.GetProperty("blocks").EnumerateArray().Select(b => (Key: b[0].GetString()!, First: b[1].GetInt32())).ToList();
        var terms = blocks.SelectMany((b, k) => Decode(JsonSerializer.Deserialize<string>(artifacts[SearchShards.BlockFile(k)].Text)!)).ToList();
        Assert.Equal(root.GetProperty("terms").GetInt32(), terms.Count);
        Assert.Equal(terms.Order(StringComparer.Ordinal), terms);
        Assert.All(blocks, b => Assert.StartsWith(b.Key, terms[b.First], StringComparison.Ordinal));
        int rests = root.GetProperty("rests").GetInt32();
        var inRests = Enumerable.Range(0, rests).SelectMany(h =>
        {
            var list = JsonDocument.Parse(artifacts[SearchShards.RestFile(h)].Text).RootElement.EnumerateArray().ToList();
            return Enumerable.Range(0, list.Count / 2).Select(i => (Id: list[2 * i].GetInt32(), Term: list[2 * i + 1].GetString()!, Bucket: h));
        }).ToList();
        Assert.Equal(terms.Count, inRests.Count);
        Assert.All(inRests, r => Assert.Equal(terms[r.Id], r.Term));
        Assert.All(inRests, r => Assert.Equal(r.Bucket, (int)(SearchShards.RestHash(r.Term.Length == 0 ? "" : r.Term[1..]) % (uint)rests)));
        Assert.Contains("depress", terms);
        Assert.DoesNotContain("depression", terms);
        var shards = root.GetProperty("shards").EnumerateArray().Select(s => s.GetInt32()).ToList();
        Assert.Equal(0, shards[0]);
        Assert.Equal(shards.Count, artifacts.Files.Count(f => f.Path.StartsWith(SearchShards.Folder + "t/", StringComparison.Ordinal)));
        int termsInShards = Enumerable.Range(0, shards.Count).Sum(k => JsonDocument.Parse(artifacts[SearchShards.ShardFile(k)].Text).RootElement.GetArrayLength());
        Assert.Equal(terms.Count, termsInShards);

        int depression = entries.ToList().FindIndex(e => e.Url == "conditions/depression/");
        using var doc = JsonDocument.Parse(artifacts[SearchShards.DocumentFile(depression)].Text);
        Assert.Equal("conditions/depression/", doc.RootElement[0].GetString());
        Assert.Equal("Depression", doc.RootElement[1].GetString());
        Assert.Equal("Conditions", root.GetProperty("sections")[doc.RootElement[2].GetInt32()][0].GetString());
        Assert.StartsWith("What depression is", doc.RootElement[3].GetString());
        Assert.True(doc.RootElement[4].GetString()!.Length <= SearchDocumentStore.ExcerptLength + 1);
        Assert.Contains("depression", JsonSerializer.Deserialize<string[]>(artifacts[SearchShards.WordsFile].Text)!);
    }

    [Fact]
    public void Page_script_holds_meta_and_every_document_url_title_section_and_summary_in_document_order()
    {
        var entries = TestSite.Entries();
        var artifacts = SearchIndexWriter.Build(entries, TestSite.Synonyms());
        using var data = PageData(artifacts);
        using var meta = JsonDocument.Parse(artifacts[SearchShards.MetaFile].Text);
        Assert.Equal(meta.RootElement.GetRawText(), data.RootElement.GetProperty("meta").GetRawText());
        var docs = data.RootElement.GetProperty("docs").EnumerateArray().ToList();
        Assert.Equal(entries.Count, docs.Count);
        for (int d = 0; d < entries.Count; d++)
        {
            using var file = JsonDocument.Parse(artifacts[SearchShards.DocumentFile(d)].Text);
            Assert.Equal(4, docs[d].GetArrayLength());
            for (int i = 0; i < 4; i++) Assert.Equal(file.RootElement[i].GetRawText(), docs[d][i].GetRawText());
        }
    }

    [Fact]
    public void Page_script_leaves_the_documents_out_when_their_titles_and_summaries_pass_the_budget()
    {
        // Enough long summaries to pass the budget: the search page then loads only meta with itself.
        string summary = string.Concat(Enumerable.Repeat("Plain words about the brain's chemical messengers. ", 60));
        var entries = Enumerable.Range(0, SearchShards.PageDocumentsBudget / summary.Length + 2)
            .Select(i => new SearchEntry($"articles/a{i}/", $"Article {i}", "Articles", summary, [], [], "Body text.")).ToList();
        var artifacts = SearchIndexWriter.Build(entries);
        using var data = PageData(artifacts);
        Assert.Equal(JsonValueKind.Null, data.RootElement.GetProperty("docs").ValueKind);
        Assert.Equal(entries.Count, data.RootElement.GetProperty("meta").GetProperty("docs").GetInt32());

        // Three of them fit: page.js keeps them.
        var fewer = SearchIndexWriter.Build(entries.Take(3).ToList());
        using var kept = PageData(fewer);
        Assert.Equal(3, kept.RootElement.GetProperty("docs").GetArrayLength());
    }

    /// <summary>page.js is <c>self.synapseSearchData={…};</c>: the object, parsed.</summary>
    private static JsonDocument PageData(SearchArtifacts artifacts)
    {
        string script = artifacts[SearchShards.PageScript].Text;
        const string prefix = "self.synapseSearchData=";
        Assert.StartsWith(prefix, script, StringComparison.Ordinal);
        Assert.EndsWith("};\n", script, StringComparison.Ordinal);
        return JsonDocument.Parse(script[prefix.Length..^2]);
    }

    [Fact]
    public void Front_coding_keeps_shared_prefixes_and_the_empty_term()
    {
        string[] terms = ["", "anxieti", "anxiou", "b", "café", "cafés"];
        string coded = SearchShards.FrontCode(terms);
        Assert.Equal("0 0anxieti 4ou 0b 0café 4s", coded);
        Assert.Equal(terms, Decode(coded));
    }

    [Fact]
    public void Leading_slashes_are_dropped_and_duplicate_urls_rejected()
    {
        var entry = new SearchEntry("/guides/getting-help/", "Getting help", "Guides", "Help.", [], [], "Call 988.");
        Assert.Contains("\"title/guides/getting-help/\"", SearchIndexWriter.Index([entry]).ToJson());
        Assert.Contains("\"guides/getting-help/\"", SearchIndexWriter.Build([entry])[SearchShards.DocumentFile(0)].Text);
        Assert.Throws<ArgumentException>(() => SearchIndexWriter.Build([entry, entry with { Url = "guides/getting-help/" }]));
    }

    [Fact]
    public void Rest_hash_is_the_31_multiplier_hash_modulo_two_to_the_32()
    {
        Assert.Equal(0u, SearchShards.RestHash(""));
        Assert.Equal((uint)'a', SearchShards.RestHash("a"));
        Assert.Equal(97u * 31 + 98, SearchShards.RestHash("ab"));
        Assert.Equal(unchecked((uint)"nxiety-long-enough-to-wrap".Aggregate(0L, (h, c) => (h * 31 + c) % (1L << 32))), SearchShards.RestHash("nxiety-long-enough-to-wrap"));
    }

    [Fact]
    public void Writes_meta_and_shards_with_gzip_and_brotli_copies_and_documents_alone()
    {
        string dir = Path.Combine(Path.GetTempPath(), "synapse-search-" + Guid.NewGuid().ToString("N"));
        try
        {
            var artifacts = SearchIndexWriter.Build(TestSite.Entries(), TestSite.Synonyms());
            SearchIndexWriter.Write(dir, artifacts);
            Assert.Contains(artifacts.Files, f => !f.Precompress);
            foreach (var file in artifacts.Files)
            {
                string path = Path.Combine(dir, file.Path);
                Assert.Equal(file.Text, File.ReadAllText(path));
                Assert.Equal(file.Precompress, File.Exists(path + ".gz"));
                Assert.Equal(file.Precompress, File.Exists(path + ".br"));
                if (!file.Precompress) continue;
                using (var gzip = new GZipStream(File.OpenRead(path + ".gz"), CompressionMode.Decompress))
                    Assert.Equal(file.Text, new StreamReader(gzip).ReadToEnd());
                using (var brotli = new BrotliStream(File.OpenRead(path + ".br"), CompressionMode.Decompress))
                    Assert.Equal(file.Text, new StreamReader(brotli).ReadToEnd());
            }
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>The inverse of <see cref="SearchShards.FrontCode"/>, as search.js decodes it.</summary>
    private static List<string> Decode(string coded)
    {
        var terms = new List<string>();
        string previous = "";
        foreach (string piece in coded.Split(' '))
            terms.Add(previous = previous[..(piece[0] - '0')] + piece[1..]);
        return terms;
    }
}
