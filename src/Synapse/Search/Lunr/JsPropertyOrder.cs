namespace Synapse.Search.Lunr;

/// <summary>
/// The order in which JavaScript enumerates an object's keys (Object.keys, JSON.stringify): keys that
/// are array indices ("0" … "4294967294", no leading zeros) first, ascending by value; then the other
/// keys in insertion order. lunr keys postings by document ref, so numeric refs are reordered.
/// </summary>
internal static class JsPropertyOrder
{
    public static bool IsArrayIndex(string key, out uint index)
    {
        index = 0;
        if (key.Length is 0 or > 10 || (key[0] == '0' && key.Length > 1)) return false;
        ulong value = 0;
        foreach (char c in key)
        {
            if ((uint)(c - '0') > 9) return false;
            value = value * 10 + (uint)(c - '0');
        }
        if (value > 4294967294) return false;
        index = (uint)value;
        return true;
    }

    /// <summary>Returns <paramref name="keysInInsertionOrder"/> positions in enumeration order.</summary>
    public static int[] Order(IReadOnlyList<string> keysInInsertionOrder)
    {
        var order = new int[keysInInsertionOrder.Count];
        var indices = new List<(uint Value, int Position)>();
        int next = 0;
        for (int i = 0; i < order.Length; i++)
            if (IsArrayIndex(keysInInsertionOrder[i], out uint value)) indices.Add((value, i));
        indices.Sort((a, b) => a.Value.CompareTo(b.Value));
        foreach (var (_, position) in indices) order[next++] = position;
        for (int i = 0; i < order.Length; i++)
            if (!IsArrayIndex(keysInInsertionOrder[i], out _)) order[next++] = i;
        return order;
    }
}
