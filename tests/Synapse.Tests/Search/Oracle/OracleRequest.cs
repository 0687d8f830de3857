using System.Text;
using Synapse.Search.Lunr;

namespace Synapse.Tests.Search.Oracle;

/// <summary>A document as the oracle and the C# builder both receive it.</summary>
internal sealed record OracleDocument(string Ref, IReadOnlyDictionary<string, string?> Fields, double Boost = 1);

/// <summary>Builds requests for build-index.js. Strings are escaped as JSON.stringify does, so lone surrogates survive.</summary>
internal static class OracleRequest
{
    public static string Words(string mode, IEnumerable<string> words) =>
        $"{{\"mode\":\"{mode}\",\"words\":{StringArray(words)}}}";

    public static string Bits(string mode, IEnumerable<double> values) =>
        $"{{\"mode\":\"{mode}\",\"bits\":{StringArray(values.Select(ToBits))}}}";

    public static string Index(IReadOnlyList<LunrField> fields, IEnumerable<OracleDocument> documents)
    {
        var sb = new StringBuilder("{\"mode\":\"index\",\"fields\":[");
        sb.AppendJoin(',', fields.Select(f => $"{{\"name\":{JsJson.QuoteString(f.Name)},\"boost\":{Number(f.Boost)}}}"));
        sb.Append("],\"documents\":[");
        bool first = true;
        foreach (var document in documents)
        {
            if (!first) sb.Append(',');
            first = false;
            sb.Append("{\"ref\":").Append(JsJson.QuoteString(document.Ref)).Append(",\"boost\":").Append(Number(document.Boost));
            sb.Append(",\"fields\":{");
            sb.AppendJoin(',', document.Fields.Select(kv =>
                JsJson.QuoteString(kv.Key) + ":" + (kv.Value is null ? "null" : JsJson.QuoteString(kv.Value))));
            sb.Append("}}");
        }
        return sb.Append("]}").ToString();
    }

    public static string StringArray(IEnumerable<string> items) =>
        "[" + string.Join(',', items.Select(JsJson.QuoteString)) + "]";

    public static string ToBits(double x) => BitConverter.DoubleToInt64Bits(x).ToString("x16");

    public static double FromBits(string hex) => BitConverter.Int64BitsToDouble(Convert.ToInt64(hex, 16));

    private static string Number(double x)
    {
        var sb = new StringBuilder();
        JsJson.WriteNumber(sb, x);
        return sb.ToString();
    }
}
