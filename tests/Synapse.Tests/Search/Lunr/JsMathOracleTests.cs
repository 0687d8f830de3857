using System.Text.RegularExpressions;
using System.Text;
using Synapse.Search.Lunr;
using Synapse.Tests.Search.Oracle;

namespace Synapse.Tests.Search.Lunr;

public sealed partial class JsMathOracleTests
{
    [Fact]
    public void Log_is_bit_identical_to_javascript()
    {
        var values = new List<double> { 0, -0.0, -1, 1, 2, Math.E, 10, double.Epsilon, 1e-310, double.MaxValue,
            double.PositiveInfinity, double.NegativeInfinity, double.NaN, 1 + 1e-16, 1 - 1e-16, 0.5, 1.5 };
        // Every idf argument 1 + |(N − n + 0.5) / (n + 0.5)| for up to 300 documents and 3 fields.
        for (int n = 1; n <= 300; n++)
            for (int withTerm = 1; withTerm <= 3 * n; withTerm++)
                values.Add(1 + Math.Abs((n - withTerm + 0.5) / (withTerm + 0.5)));
        var random = new Random(5);
        for (int i = 0; i < 20_000; i++)
            values.Add(BitConverter.Int64BitsToDouble(random.NextInt64(0x0000000000000001, 0x7FF0000000000000)));

        // Any NaN is fine: JSON.stringify prints every NaN as null.
        string expected = NanBits().Replace(LunrOracle.Run(OracleRequest.Bits("log", values)), "\"nan\"");
        string actual = OracleRequest.StringArray(values.Select(v => JsMath.Log(v)).Select(r => double.IsNaN(r) ? "nan" : OracleRequest.ToBits(r)));
        SameText.Assert(expected, actual, "Math.log");
    }

    [Fact]
    public void Rounded_weights_print_like_json_stringify()
    {
        var values = new List<double> { 0, -0.0, 0.5, -0.5, 2.5, -2.5, 0.0005, -0.0005, 0.49999999999999994, 1e21, 1e-7,
            123456789012.3456, 1e15 + 0.3, 5e-324, double.MaxValue, double.NaN, double.PositiveInfinity, 0.1 + 0.2 };
        var random = new Random(9);
        for (int i = 0; i < 20_000; i++)
        {
            values.Add((random.Next(-200_000, 200_000) * 2 + 1) / 2000.0); // ties at the 4th decimal
            values.Add(random.NextDouble() * Math.Pow(10, random.Next(-9, 24)) * (random.Next(2) == 0 ? 1 : -1));
            values.Add(BitConverter.Int64BitsToDouble(random.NextInt64()));
        }

        string expected = LunrOracle.Run(OracleRequest.Bits("weights", values));
        var sb = new StringBuilder("[");
        for (int i = 0; i < values.Count; i++)
        {
            if (i > 0) sb.Append(',');
            sb.Append('[');
            JsJson.WriteNumber(sb, values[i]);
            sb.Append(',');
            JsJson.WriteNumber(sb, JsMath.Round(values[i] * 1000) / 1000);
            sb.Append(']');
        }
        SameText.Assert(expected, sb.Append(']').ToString(), "Math.round + JSON.stringify");
    }

    [GeneratedRegex("\"(7ff|fff)[0-9a-f]*[1-9a-f][0-9a-f]*\"")]
    private static partial Regex NanBits();
}
