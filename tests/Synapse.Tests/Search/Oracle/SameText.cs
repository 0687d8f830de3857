namespace Synapse.Tests.Search.Oracle;

/// <summary>Compares long outputs and reports the first difference with some context (xunit's diff of megabytes is unreadable).</summary>
internal static class SameText
{
    public static void Assert(string expected, string actual, string what)
    {
        if (string.Equals(expected, actual, StringComparison.Ordinal)) return;
        int i = 0;
        while (i < expected.Length && i < actual.Length && expected[i] == actual[i]) i++;
        int from = Math.Max(0, i - 160);
        throw new Xunit.Sdk.XunitException(
            $"{what}: outputs differ at character {i} (lengths {expected.Length} vs {actual.Length}).\n" +
            $"lunr.js: …{Slice(expected, from, i)}\n" +
            $"C#:      …{Slice(actual, from, i)}");
    }

    private static string Slice(string s, int from, int at) =>
        from >= s.Length ? "" : s[from..Math.Min(s.Length, at + 160)];
}
