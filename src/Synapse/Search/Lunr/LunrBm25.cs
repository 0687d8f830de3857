namespace Synapse.Search.Lunr;

/// <summary>lunr's BM25 field weights (lunr.idf and Builder.createFieldVectors), operation for operation.</summary>
internal static class LunrBm25
{
    public const double B = 0.75;
    public const double K1 = 1.2;

    /// <summary>lunr.idf: ln(1 + |(N − n + 0.5) / (n + 0.5)|), n counting (field, document) pairs.</summary>
    public static double Idf(int documentsWithTerm, int documentCount) =>
        JsMath.Log(1 + Math.Abs((documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5)));

    /// <summary>Average length of each field over the field entries (documents) that have it.</summary>
    public static double[] AverageFieldLengths(LunrIndexData data)
    {
        var sums = new double[data.Fields.Count];
        var counts = new int[data.Fields.Count];
        foreach (var entry in data.Entries)
        {
            sums[entry.Field] += entry.Length;
            counts[entry.Field]++;
        }
        for (int i = 0; i < sums.Length; i++) sums[i] /= counts[i];
        return sums;
    }

    /// <summary>One vector element, rounded like <c>Math.round(score * 1000) / 1000</c>.</summary>
    public static double Weight(double idf, int tf, int fieldLength, double averageFieldLength, double fieldBoost, double docBoost)
    {
        double score = idf * ((K1 + 1) * tf) / (K1 * (1 - B + B * (fieldLength / averageFieldLength)) + tf);
        score *= OrOne(fieldBoost);
        score *= OrOne(docBoost);
        return JsMath.Round(score * 1000) / 1000;
    }

    /// <summary>JavaScript's <c>boost || 1</c>.</summary>
    private static double OrOne(double boost) => boost == 0 || double.IsNaN(boost) ? 1 : boost;
}
