namespace Synapse.Bibliography;

/// <summary>Levenshtein distance, capped so that long unrelated keys are rejected quickly.</summary>
internal static class EditDistance
{
    public static int Between(string a, string b, int cap)
    {
        if (Math.Abs(a.Length - b.Length) >= cap) return cap;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }
            if (rowMin >= cap) return cap;
            (previous, current) = (current, previous);
        }
        return Math.Min(previous[b.Length], cap);
    }
}
