namespace Synapse.Search.Lunr;

/// <summary>lunr.trimmer: <c>s.replace(/^\W+/, '').replace(/\W+$/, '')</c>, with JavaScript's ASCII-only <c>\W</c>.</summary>
internal static class LunrTrimmer
{
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> token)
    {
        int start = 0, end = token.Length;
        while (start < end && !JsCharClass.IsWordChar(token[start])) start++;
        while (end > start && !JsCharClass.IsWordChar(token[end - 1])) end--;
        return token[start..end];
    }
}
