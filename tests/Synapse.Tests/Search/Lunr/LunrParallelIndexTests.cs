using Synapse.Search.Lunr;
using Synapse.Tests.Search.Oracle;

namespace Synapse.Tests.Search.Lunr;

/// <summary>Documents analysed in parallel give the index that adding them one by one gives, byte for byte.</summary>
public sealed class LunrParallelIndexTests
{
    private static readonly LunrField[] Fields =
        [new("title", 10), new("summary"), new("tags"), new("headings"), new("body"), new("7", 2)];

    /// <summary>Words many documents share: stop words, words that stem alike, trimmed and hyphenated tokens, non-ASCII.</summary>
    private static readonly string[] Shared =
    [
        "the", "and", "anxiety", "anxious", "anxieties", "depression", "depressed", "serotonin", "5-HT", "GABA-A",
        "(sleep)", "sleeping,", "…", "—", "“quoted”", "İstanbul", "ΣΊΣΥΦΟΣ", "naïve", "CBT", "therapy", "therapies",
        "running", "ran", "run", "it's", "people's", "a", "yes", "yelling", "988", "x", "",
    ];

    [Fact]
    public void Many_documents_analysed_in_parallel_give_the_same_index_as_one_by_one()
    {
        var documents = Documents(400, seed: 3);

        string oneByOne = OneByOne(documents);
        for (int run = 0; run < 3; run++)
            SameText.Assert(oneByOne, InParallel(documents), $"parallel run {run}");
    }

    [Fact]
    public void The_comparison_sees_document_order()
    {
        // Term numbers and posting order follow the documents' order, so adding them in another order must differ:
        // the test above would notice a parallel build that records documents as they finish.
        var documents = Documents(60, seed: 5);
        var reversed = documents.AsEnumerable().Reverse().ToList();
        Assert.NotEqual(OneByOne(documents), OneByOne(reversed));
        SameText.Assert(OneByOne(reversed), InParallel(reversed), "reversed documents");
    }

    [Fact]
    public void Adding_in_parallel_after_adding_one_by_one_continues_the_same_index()
    {
        var documents = Documents(120, seed: 9);
        var mixed = new LunrIndexBuilder(Fields);
        foreach (var d in documents.Take(40)) mixed.Add(d.Ref, d.Fields, d.Boost);
        mixed.AddAll(documents.Skip(40).ToList(), d => d);
        SameText.Assert(OneByOne(documents), mixed.ToJson(), "one by one, then in parallel");
    }

    [Fact]
    public void Empty_list_adds_nothing()
    {
        var builder = new LunrIndexBuilder(Fields);
        builder.AddAll(Array.Empty<LunrDocumentInput>(), d => d);
        Assert.Equal(0, builder.DocumentCount);
        SameText.Assert(OneByOne([]), builder.ToJson(), "empty index");
    }

    private static string OneByOne(IReadOnlyList<LunrDocumentInput> documents)
    {
        var builder = new LunrIndexBuilder(Fields);
        foreach (var d in documents) builder.Add(d.Ref, d.Fields, d.Boost);
        return builder.ToJson();
    }

    private static string InParallel(List<LunrDocumentInput> documents)
    {
        var builder = new LunrIndexBuilder(Fields);
        builder.AddAll(documents, d => d);
        Assert.Equal(documents.Count, builder.DocumentCount);
        return builder.ToJson();
    }

    /// <summary>
    /// Generated documents: shared and unique words, some refs repeated (lunr overwrites those in place), empty,
    /// null and missing fields, numeric refs and boosts.
    /// </summary>
    private static List<LunrDocumentInput> Documents(int count, int seed)
    {
        var random = new Random(seed);
        var documents = new List<LunrDocumentInput>(count);
        for (int d = 0; d < count; d++)
        {
            string docRef = d % 23 == 22 ? documents[random.Next(documents.Count)].Ref : d % 10 == 3 ? d.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"doc/{d}/";
            var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var field in Fields)
            {
                int roll = random.Next(12);
                if (roll == 0) continue; // missing
                fields[field.Name] = roll switch
                {
                    1 => null,
                    2 => "",
                    _ => Text(random, d, field.Name == "body" ? 300 : 12),
                };
            }
            double boost = d % 7 == 0 ? 1 + random.Next(4) : 1;
            documents.Add(new LunrDocumentInput(docRef, fields, boost));
        }
        return documents;
    }

    private static string Text(Random random, int document, int words)
    {
        var parts = new List<string>(words);
        for (int w = 0; w < random.Next(1, words + 1); w++)
        {
            int roll = random.Next(10);
            parts.Add(roll < 6 ? Shared[random.Next(Shared.Length)]
                : roll < 8 ? $"unique{document}w{w}ing"
                : $"common{random.Next(500)}ness");
        }
        return string.Join(random.Next(3) == 0 ? "\n" : " ", parts);
    }
}
