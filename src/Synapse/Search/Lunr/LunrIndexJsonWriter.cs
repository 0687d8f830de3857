using System.Text;

namespace Synapse.Search.Lunr;

/// <summary>Serializes a built index as <c>JSON.stringify(index)</c> does (lunr.Index.prototype.toJSON).</summary>
internal static class LunrIndexJsonWriter
{
    public static string Write(LunrIndexData data)
    {
        var sb = new StringBuilder(EstimateLength(data));
        sb.Append("{\"version\":\"2.3.9\",\"fields\":[");
        for (int f = 0; f < data.Fields.Count; f++)
        {
            if (f > 0) sb.Append(',');
            JsJson.WriteString(sb, data.Fields[f].Name);
        }
        sb.Append("],\"fieldVectors\":[");
        WriteFieldVectors(sb, data);
        sb.Append("],\"invertedIndex\":[");
        WriteInvertedIndex(sb, data);
        sb.Append("],\"pipeline\":[\"stemmer\"]}");
        return sb.ToString();
    }

    /// <summary>A capacity close to the final length, so the builder never regrows megabytes.</summary>
    private static int EstimateLength(LunrIndexData data)
    {
        long length = 256;
        foreach (var entry in data.Entries)
        {
            int refLength = data.Documents[entry.DocSlot].Ref.Length;
            // The vector ("t,0.123," per term), then one posting ("ref":{}) per distinct term.
            length += 24 + refLength + (12L + refLength + 5) * entry.Terms.Length;
        }
        foreach (var term in data.Terms)
            length += 24 + term.Text.Length + 8L * data.Fields.Count;
        return (int)Math.Min(length, Array.MaxLength);
    }

    private static void WriteFieldVectors(StringBuilder sb, LunrIndexData data)
    {
        var averages = LunrBm25.AverageFieldLengths(data);
        var idf = new double[data.Terms.Count];
        var computed = new bool[data.Terms.Count];
        for (int e = 0; e < data.Entries.Count; e++)
        {
            var entry = data.Entries[e];
            var document = data.Documents[entry.DocSlot];
            var field = data.Fields[entry.Field];
            var (terms, frequencies) = (entry.Terms, entry.Frequencies);
            Array.Sort(terms, frequencies); // lunr.Vector.insert keeps elements ordered by term index (idempotent)

            if (e > 0) sb.Append(',');
            sb.Append('[');
            JsJson.WriteString(sb, field.Name + "/" + document.Ref);
            sb.Append(",[");
            for (int i = 0; i < terms.Length; i++)
            {
                int t = terms[i];
                if (!computed[t])
                {
                    idf[t] = LunrBm25.Idf(data.Terms[t].PostingCount, data.DocumentCount);
                    computed[t] = true;
                }
                if (i > 0) sb.Append(',');
                sb.Append(t).Append(',');
                JsJson.WriteNumber(sb, LunrBm25.Weight(idf[t], frequencies[i], entry.Length, averages[entry.Field], field.Boost, document.Boost));
            }
            sb.Append("]]");
        }
    }

    private static void WriteInvertedIndex(StringBuilder sb, LunrIndexData data)
    {
        var terms = data.Terms.ToArray();
        Array.Sort(terms, static (a, b) => string.CompareOrdinal(a.Text, b.Text));
        // A posting is {"_index": n, field: {...}, ...}; numeric field names would enumerate before "_index".
        var numericFields = Enumerable.Range(0, data.Fields.Count).Where(f => JsPropertyOrder.IsArrayIndex(data.Fields[f].Name, out _)).ToArray();
        var otherFields = Enumerable.Range(0, data.Fields.Count).Except(numericFields).ToArray();
        var quotedFields = data.Fields.Select(f => JsJson.QuoteString(f.Name) + ":{").ToArray();
        var quotedRefs = data.Documents.Select(d => JsJson.QuoteString(d.Ref) + ":{}").ToArray();
        bool numericRefs = data.Documents.Any(d => d.IsArrayIndex);
        var postings = new Postings(data, quotedFields, quotedRefs, numericRefs);
        for (int i = 0; i < terms.Length; i++)
        {
            var term = terms[i];
            if (i > 0) sb.Append(',');
            sb.Append('[');
            JsJson.WriteString(sb, term.Text);
            sb.Append(",{");
            bool first = true;
            foreach (int f in numericFields) postings.Write(sb, term, f, ref first);
            if (!first) sb.Append(',');
            sb.Append("\"_index\":").Append(term.Index);
            first = false;
            foreach (int f in otherFields) postings.Write(sb, term, f, ref first);
            sb.Append("}]");
        }
    }

    /// <summary>Writes one field of a posting: <c>"field":{"ref":{},...}</c>.</summary>
    private sealed class Postings(LunrIndexData data, string[] quotedFields, string[] quotedRefs, bool numericRefs)
    {
        public void Write(StringBuilder sb, LunrTerm term, int field, ref bool first)
        {
            if (!first) sb.Append(',');
            first = false;
            sb.Append(quotedFields[field]);
            var docs = term.Docs(field);
            if (numericRefs) docs = InJavaScriptOrder(docs);
            for (int d = 0; d < docs.Count; d++)
            {
                if (d > 0) sb.Append(',');
                sb.Append(quotedRefs[docs[d]]);
            }
            sb.Append('}');
        }

        private List<int> InJavaScriptOrder(IReadOnlyList<int> docs) =>
            docs.Where(s => data.Documents[s].IsArrayIndex).OrderBy(s => data.Documents[s].ArrayIndex)
                .Concat(docs.Where(s => !data.Documents[s].IsArrayIndex)).ToList();
    }
}
