namespace Synapse.Search.Lunr;

/// <summary>
/// lunr.tokenizer for strings: JavaScript toLowerCase, then the non-empty runs between code units
/// matching <c>/[\s\-]+/</c>. Tokens never contain whitespace or hyphens.
/// </summary>
internal static class LunrTokenizer
{
    /// <summary>Calls <paramref name="onToken"/> for each token of <paramref name="text"/>, in order.</summary>
    public static void Tokenize<TState>(string? text, ref TState state, TokenHandler<TState> onToken)
    {
        if (text is null) return;
        ReadOnlySpan<char> rest = JsLowerCase.ToLower(text);
        while (true)
        {
            int separator = rest.IndexOfAny(JsCharClass.TokenSeparators);
            var token = separator < 0 ? rest : rest[..separator];
            if (!token.IsEmpty) onToken(token, ref state);
            if (separator < 0) return;
            rest = rest[(separator + 1)..];
        }
    }

    public static List<string> Tokenize(string? text)
    {
        var tokens = new List<string>();
        Tokenize(text, ref tokens, static (ReadOnlySpan<char> token, ref List<string> list) => list.Add(token.ToString()));
        return tokens;
    }

    public delegate void TokenHandler<TState>(ReadOnlySpan<char> token, ref TState state);
}
