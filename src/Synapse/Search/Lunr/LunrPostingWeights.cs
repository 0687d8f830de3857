namespace Synapse.Search.Lunr;

/// <summary>
/// The index turned around: for every term and field, the documents holding it (in posting order, as lunr's
/// invertedIndex lists them) with the weight lunr stores for that term in that document's field vector.
/// This is everything lunr's query-time score reads from the index (<c>Vector.similarity</c> only touches the
/// query's own terms), so an index split by term can score exactly as one lunr index does.
/// </summary>
internal sealed class LunrPostingWeights
{
    private readonly List<int>[][] _docs;
    private readonly List<double>[][] _weights;

    private LunrPostingWeights(List<int>[][] docs, List<double>[][] weights) => (_docs, _weights) = (docs, weights);

    /// <summary>Document slots holding term <paramref name="termIndex"/> in <paramref name="field"/>, in posting order.</summary>
    public IReadOnlyList<int> Docs(int termIndex, int field) => _docs[termIndex][field];

    /// <summary>The field-vector weights, parallel to <see cref="Docs"/>.</summary>
    public IReadOnlyList<double> Weights(int termIndex, int field) => _weights[termIndex][field];

    /// <summary>Computes every weight as <see cref="LunrIndexJsonWriter"/> writes it into the field vectors.</summary>
    public static LunrPostingWeights Compute(LunrIndexData data)
    {
        int fieldCount = data.Fields.Count;
        var docs = new List<int>[data.Terms.Count][];
        var weights = new List<double>[data.Terms.Count][];
        for (int t = 0; t < docs.Length; t++)
        {
            docs[t] = new List<int>[fieldCount];
            weights[t] = new List<double>[fieldCount];
            for (int f = 0; f < fieldCount; f++)
            {
                int count = data.Terms[t].Docs(f).Count;
                docs[t][f] = new List<int>(count);
                weights[t][f] = new List<double>(count);
            }
        }
        var averages = LunrBm25.AverageFieldLengths(data);
        var idf = new double[data.Terms.Count];
        for (int t = 0; t < idf.Length; t++) idf[t] = LunrBm25.Idf(data.Terms[t].PostingCount, data.DocumentCount);
        // Entries are in document order and lunr adds postings in document order, so appending keeps posting order.
        foreach (var entry in data.Entries)
        {
            var document = data.Documents[entry.DocSlot];
            var field = data.Fields[entry.Field];
            for (int i = 0; i < entry.Terms.Length; i++)
            {
                int t = entry.Terms[i];
                docs[t][entry.Field].Add(entry.DocSlot);
                weights[t][entry.Field].Add(LunrBm25.Weight(idf[t], entry.Frequencies[i], entry.Length, averages[entry.Field], field.Boost, document.Boost));
            }
        }
        return new LunrPostingWeights(docs, weights);
    }
}
