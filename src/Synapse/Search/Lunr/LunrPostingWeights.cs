namespace Synapse.Search.Lunr;

/// <summary>
/// The index turned around: for every term and field, the documents holding it (in posting order, as lunr's
/// invertedIndex lists them) with the weight lunr stores for that term in that document's field vector.
/// This is everything lunr's query-time score reads from the index (<c>Vector.similarity</c> only touches the
/// query's own terms), so an index split by term can score exactly as one lunr index does.
/// </summary>
internal sealed class LunrPostingWeights
{
    private readonly int _fieldCount;
    private readonly int[] _starts; // postings of (term t, field f) are [_starts[t × fields + f], _starts[t × fields + f + 1])
    private readonly int[] _docs;
    private readonly double[] _weights;

    private LunrPostingWeights(int fieldCount, int[] starts, int[] docs, double[] weights) =>
        (_fieldCount, _starts, _docs, _weights) = (fieldCount, starts, docs, weights);

    /// <summary>Document slots holding term <paramref name="termIndex"/> in <paramref name="field"/>, in posting order.</summary>
    public ReadOnlySpan<int> Docs(int termIndex, int field) => _docs.AsSpan(Range(termIndex, field));

    /// <summary>The field-vector weights, parallel to <see cref="Docs"/>.</summary>
    public ReadOnlySpan<double> Weights(int termIndex, int field) => _weights.AsSpan(Range(termIndex, field));

    private Range Range(int termIndex, int field)
    {
        int slot = termIndex * _fieldCount + field;
        return _starts[slot].._starts[slot + 1];
    }

    /// <summary>Computes every weight as <see cref="LunrIndexJsonWriter"/> writes it into the field vectors.</summary>
    public static LunrPostingWeights Compute(LunrIndexData data)
    {
        int fieldCount = data.Fields.Count;
        // Postings per (term, field) first, so every list gets its place in two flat arrays.
        var starts = new int[data.Terms.Count * fieldCount + 1];
        foreach (var entry in data.Entries)
            foreach (int t in entry.Terms)
                starts[t * fieldCount + entry.Field + 1]++;
        for (int slot = 1; slot < starts.Length; slot++) starts[slot] += starts[slot - 1];

        var averages = LunrBm25.AverageFieldLengths(data);
        var idf = new double[data.Terms.Count];
        for (int t = 0; t < idf.Length; t++) idf[t] = LunrBm25.Idf(data.Terms[t].PostingCount, data.DocumentCount);
        var docs = new int[starts[^1]];
        var weights = new double[docs.Length];
        var next = starts[..^1];
        // Entries are in document order and lunr adds postings in document order, so filling in entry order keeps posting order.
        foreach (var entry in data.Entries)
        {
            var document = data.Documents[entry.DocSlot];
            var field = data.Fields[entry.Field];
            for (int i = 0; i < entry.Terms.Length; i++)
            {
                int t = entry.Terms[i];
                int at = next[t * fieldCount + entry.Field]++;
                docs[at] = entry.DocSlot;
                weights[at] = LunrBm25.Weight(idf[t], entry.Frequencies[i], entry.Length, averages[entry.Field], field.Boost, document.Boost);
            }
        }
        return new LunrPostingWeights(fieldCount, starts, docs, weights);
    }
}
