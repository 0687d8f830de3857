using System.Buffers;

namespace Synapse.Search.Lunr;

/// <summary>Character classes exactly as JavaScript regular expressions (without the <c>u</c> flag) define them.</summary>
internal static class JsCharClass
{
    /// <summary>
    /// JavaScript <c>\s</c> (WhiteSpace and LineTerminator, per UTF-16 code unit). Unlike
    /// <see cref="char.IsWhiteSpace(char)"/> it includes U+FEFF and excludes U+0085.
    /// </summary>
    public const string WhiteSpace =
        "\t\n\v\f\r \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A" +
        "\u2028\u2029\u202F\u205F\u3000\uFEFF";

    /// <summary>Code units matched by lunr's token separator <c>/[\s\-]+/</c>.</summary>
    public static readonly SearchValues<char> TokenSeparators = SearchValues.Create(WhiteSpace + "-");

    public static bool IsWhiteSpace(char c) => WhiteSpace.Contains(c);

    public static bool IsTokenSeparator(char c) => TokenSeparators.Contains(c);

    /// <summary>JavaScript <c>\w</c>: ASCII <c>[A-Za-z0-9_]</c> only, so "é" is not a word character.</summary>
    public static bool IsWordChar(char c) =>
        (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 || c == '_';
}
