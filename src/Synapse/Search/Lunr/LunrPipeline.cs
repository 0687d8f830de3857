namespace Synapse.Search.Lunr;

/// <summary>
/// lunr's indexing pipeline for one token: trimmer, stopWordFilter, stemmer. Returns null for a stop
/// word. A token the trimmer empties survives as "" (lunr drops only pipeline results that are
/// null, undefined or the primitive '' — a trimmed Token object is none of those).
/// </summary>
internal static class LunrPipeline
{
    public static string? Run(ReadOnlySpan<char> token)
    {
        string trimmed = LunrTrimmer.Trim(token).ToString();
        return LunrStopWords.IsStopWord(trimmed) ? null : LunrStemmer.Stem(trimmed);
    }
}
