using System.Collections.Concurrent;

namespace Synapse.Search.Lunr;

/// <summary>
/// lunr's indexing pipeline after the tokenizer (trimmer, stopWordFilter, stemmer) for one trimmed token, remembered:
/// trimmed token → its stem (null for a stop word). One <see cref="LunrStem"/> per distinct stem text, so tokens that
/// stem alike ("anxious", "anxiety"…) share it. Thread-safe: documents are analysed in parallel.
/// </summary>
internal sealed class LunrStemCache
{
    private readonly ConcurrentDictionary<string, LunrStem?> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, LunrStem?>.AlternateLookup<ReadOnlySpan<char>> _tokensBySpan;
    private readonly ConcurrentDictionary<string, LunrStem> _stems = new(StringComparer.Ordinal);
    private readonly Func<string, LunrStem> _newStem;
    private int _stemIds;

    public LunrStemCache()
    {
        _tokensBySpan = _tokens.GetAlternateLookup<ReadOnlySpan<char>>();
        _newStem = text => new LunrStem(text, Interlocked.Increment(ref _stemIds) - 1);
    }

    /// <summary>One more than the largest <see cref="LunrStem.Id"/> given so far.</summary>
    public int IdBound => Volatile.Read(ref _stemIds);

    /// <summary>The stem of an already trimmed token, or null for a stop word.</summary>
    public LunrStem? Resolve(ReadOnlySpan<char> trimmed)
    {
        if (_tokensBySpan.TryGetValue(trimmed, out var cached)) return cached;
        string token = trimmed.ToString();
        // A race may run the factory twice (an unused id is harmless); GetOrAdd returns one stem to everyone.
        var stem = LunrStopWords.IsStopWord(token) ? null : _stems.GetOrAdd(LunrStemmer.Stem(token), _newStem);
        _tokens.TryAdd(token, stem);
        return stem;
    }
}
