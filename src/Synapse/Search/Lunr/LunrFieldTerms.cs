namespace Synapse.Search.Lunr;

/// <summary>
/// One field of one document after lunr's tokenizer and indexing pipeline: its distinct stems in order of first
/// occurrence, how often each occurs, and the field length (tokens that are not stop words). Everything the builder
/// needs from the text; computing it touches no builder state, so documents can be analysed in parallel.
/// </summary>
internal sealed class LunrFieldTerms
{
    public static readonly LunrFieldTerms Empty = new([], [], 0);

    private LunrFieldTerms(LunrStem[] stems, int[] frequencies, int length) =>
        (Stems, Frequencies, Length) = (stems, frequencies, length);

    public LunrStem[] Stems { get; }
    public int[] Frequencies { get; }
    public int Length { get; }

    /// <summary>Tokenizes and stems <paramref name="text"/> (null: no tokens). <paramref name="counter"/> is one thread's scratch.</summary>
    public static LunrFieldTerms Analyze(string? text, LunrStemCache cache, Counter counter)
    {
        if (string.IsNullOrEmpty(text)) return Empty;
        var state = new State(cache, counter);
        LunrTokenizer.Tokenize(text, ref state, static (ReadOnlySpan<char> token, ref State s) => s.Add(token));
        return counter.Drain(state.Length);
    }

    /// <summary>
    /// Per-thread scratch: occurrences by stem id, the stems seen in the current field in order, and the thread's own
    /// copy of the tokens it has met (a plain dictionary, cheaper per token than the shared concurrent cache).
    /// </summary>
    internal sealed class Counter
    {
        private readonly List<LunrStem> _seen = [];
        private readonly Dictionary<string, LunrStem?> _tokens = new(StringComparer.Ordinal);
        private readonly Dictionary<string, LunrStem?>.AlternateLookup<ReadOnlySpan<char>> _tokensBySpan;
        private int[] _counts = new int[1024];

        public Counter() => _tokensBySpan = _tokens.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>The stem of a trimmed token (null for a stop word), from this thread's tokens or else the shared cache.</summary>
        public LunrStem? Resolve(ReadOnlySpan<char> trimmed, LunrStemCache cache)
        {
            if (_tokensBySpan.TryGetValue(trimmed, out var stem)) return stem;
            stem = cache.Resolve(trimmed);
            _tokensBySpan[trimmed] = stem;
            return stem;
        }

        public void Count(LunrStem stem, LunrStemCache cache)
        {
            if (stem.Id >= _counts.Length) Array.Resize(ref _counts, Math.Max(_counts.Length * 2, cache.IdBound));
            if (_counts[stem.Id]++ == 0) _seen.Add(stem);
        }

        public LunrFieldTerms Drain(int length)
        {
            if (_seen.Count == 0) return Empty; // every token that counts in the length has a stem
            var stems = _seen.ToArray();
            var frequencies = new int[stems.Length];
            for (int i = 0; i < stems.Length; i++)
            {
                frequencies[i] = _counts[stems[i].Id];
                _counts[stems[i].Id] = 0;
            }
            _seen.Clear();
            return new LunrFieldTerms(stems, frequencies, length);
        }
    }

    private struct State(LunrStemCache cache, Counter counter)
    {
        public int Length;

        public void Add(ReadOnlySpan<char> token)
        {
            var stem = counter.Resolve(LunrTrimmer.Trim(token), cache);
            if (stem is null) return; // stop word
            Length++;
            counter.Count(stem, cache);
        }
    }
}
