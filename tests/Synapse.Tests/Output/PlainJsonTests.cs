using System.Text.Encodings.Web;
using System.Text.Json;
using Synapse.Output;

namespace Synapse.Tests.Output;

/// <summary>The JSON outputs' writer gives exactly the serializer's bytes for the data they build.</summary>
public sealed class PlainJsonTests
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false };

    private static Dictionary<string, object?> Sample() => new()
    {
        ["@context"] = "https://schema.org",
        ["title"] = "Serotonin & sleep: <script>alert('x')</script> — “quotes”, café, 😀, \u2028 and \"escapes\"\n",
        ["count"] = 42,
        ["big"] = 9_007_199_254_740_993L,
        ["ratio"] = 0.1 + 0.2,
        ["whole"] = 3.0,
        ["tiny"] = 1e-7,
        ["ok"] = true,
        ["no"] = false,
        ["missing"] = null,
        ["tags"] = new List<string> { "mood", "sleep" },
        ["array"] = new[] { "a", "b" },
        ["empty"] = new List<object>(),
        ["emptyObject"] = new Dictionary<string, object>(),
        ["nested"] = new List<Dictionary<string, object?>>
        {
            new() { ["id"] = "key-points", ["headline"] = null, ["numbers"] = new List<int> { 1, 2, 3 } },
            new() { ["strings"] = new Dictionary<string, string> { ["k"] = "v" }, ["sorted"] = new SortedDictionary<string, object> { ["b"] = 2, ["a"] = 1 } },
        },
        ["date"] = new DateOnly(2026, 12, 2),
        ["moment"] = new DateTimeOffset(2026, 12, 2, 5, 30, 0, TimeSpan.Zero),
        ["sequence"] = Enumerable.Range(1, 3).Select(i => i * 2),
        ["intKeys"] = new Dictionary<int, string> { [1] = "one" },
        ["decimal"] = 1.50m,
    };

    [Fact]
    public void Indented_output_with_relaxed_escaping_equals_the_serializer_byte_for_byte()
    {
        Assert.Equal(JsonSerializer.Serialize(Sample(), Indented), PlainJson.Serialize(Sample(), Indented));
    }

    [Fact]
    public void Compact_output_with_default_escaping_equals_the_serializer_byte_for_byte()
    {
        var expected = JsonSerializer.Serialize(Sample(), Compact);
        Assert.Contains("\\u003Cscript\\u003E", expected); // the default encoder escapes markup, which JSON-LD in a page relies on
        Assert.Equal(expected, PlainJson.Serialize(Sample(), Compact));
    }

    [Fact]
    public void A_value_the_serializer_refuses_is_refused_the_same_way()
    {
        var data = new Dictionary<string, object?> { ["nan"] = double.NaN };
        Assert.Throws<ArgumentException>(() => JsonSerializer.Serialize(data, Compact));
        Assert.Throws<ArgumentException>(() => PlainJson.Serialize(data, Compact));
    }
}
