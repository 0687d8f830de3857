namespace Synapse.Search.Lunr;

/// <summary>
/// A port of lunr.js 2.3.9's <c>lunr.Builder</c> with lunr's default pipelines (indexing: trimmer,
/// stopWordFilter, stemmer; search: stemmer), b = 0.75, k1 = 1.2 and no metadata whitelist.
/// <see cref="ToJson"/> returns byte for byte what <c>JSON.stringify(builder.build())</c> returns.
/// Not thread-safe; one builder per index.
/// </summary>
internal sealed class LunrIndexBuilder
{
    /// <summary>Field names lunr would look up on a plain object's prototype (its averages would break).</summary>
    private static readonly HashSet<string> ObjectPrototypeKeys =
    [
        "__proto__", "constructor", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString",
        "toString", "valueOf", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__",
    ];

    private readonly LunrField[] _fields; // in JavaScript key order
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
    private readonly List<LunrDocument> _documents = [];
    private readonly List<LunrFieldEntry> _entries = []; // lunr's fieldTermFrequencies, in key order
    private readonly Dictionary<string, LunrTerm?> _tokenCache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LunrTerm?>.AlternateLookup<ReadOnlySpan<char>> _tokenCacheBySpan;
    private readonly Dictionary<string, LunrTerm> _terms = new(StringComparer.Ordinal);
    private readonly List<LunrTerm> _termsByIndex = [];
    private int _documentCount;

    // Per-field scratch: term frequency by term index, and the terms seen, in order.
    private int[] _tf = new int[4096];
    private readonly List<int> _seen = [];

    public LunrIndexBuilder(IReadOnlyList<LunrField> fields)
    {
        _tokenCacheBySpan = _tokenCache.GetAlternateLookup<ReadOnlySpan<char>>();
        var byName = new Dictionary<string, LunrField>(StringComparer.Ordinal);
        var names = new List<string>();
        foreach (var field in fields)
        {
            if (field.Name.Contains('/'))
                throw new ArgumentException($"Field '{field.Name}' contains illegal character '/'", nameof(fields));
            if (ObjectPrototypeKeys.Contains(field.Name))
                throw new ArgumentException($"Field '{field.Name}' would clash with a JavaScript object property", nameof(fields));
            if (!byName.ContainsKey(field.Name)) names.Add(field.Name);
            byName[field.Name] = field; // builder.field() again replaces the attributes, keeps the position
        }
        _fields = JsPropertyOrder.Order(names).Select(i => byName[names[i]]).ToArray();
    }

    public IReadOnlyList<LunrField> Fields => _fields;
    public int DocumentCount => _documentCount;

    /// <summary>lunr: <c>builder.add(doc, {boost})</c>. A field missing from <paramref name="fieldValues"/>, or null, has no tokens.</summary>
    public void Add(string docRef, IReadOnlyDictionary<string, string?> fieldValues, double boost = 1)
    {
        bool repeated = _slots.TryGetValue(docRef, out int slot);
        if (!repeated)
        {
            slot = _documents.Count;
            _slots.Add(docRef, slot);
            _documents.Add(new LunrDocument(docRef, _fields.Length));
        }
        var document = _documents[slot];
        document.Boost = boost;
        _documentCount++;

        for (int field = 0; field < _fields.Length; field++)
        {
            fieldValues.TryGetValue(_fields[field].Name, out string? text);
            var entry = IndexField(field, slot, text, repeated);
            // lunr overwrites fieldTermFrequencies[fieldRef]; the key keeps its first position.
            if (document.EntryPositions[field] < 0)
            {
                document.EntryPositions[field] = _entries.Count;
                _entries.Add(entry);
            }
            else _entries[document.EntryPositions[field]] = entry;
        }
    }

    public string ToJson() => LunrIndexJsonWriter.Write(Data());

    /// <summary>What the builder holds, for writers other than lunr's JSON (the sharded search files).</summary>
    public LunrIndexData Data() => new(_fields, _documents, _entries, _termsByIndex, _documentCount);

    private LunrFieldEntry IndexField(int field, int slot, string? text, bool repeated)
    {
        var state = new FieldState(this, field, slot, repeated);
        LunrTokenizer.Tokenize(text, ref state, static (ReadOnlySpan<char> token, ref FieldState s) => s.Builder.AddToken(token, ref s));

        var terms = new int[_seen.Count];
        var frequencies = new int[_seen.Count];
        for (int i = 0; i < terms.Length; i++)
        {
            terms[i] = _seen[i];
            frequencies[i] = _tf[_seen[i]];
            _tf[_seen[i]] = 0;
        }
        _seen.Clear();
        return new LunrFieldEntry(field, slot, state.Length, terms, frequencies);
    }

    private void AddToken(ReadOnlySpan<char> token, ref FieldState state)
    {
        var term = Resolve(LunrTrimmer.Trim(token));
        if (term is null) return; // stop word
        state.Length++;
        if (_tf[term.Index]++ == 0)
        {
            _seen.Add(term.Index);
            term.AddPosting(state.Field, state.Slot, state.Repeated);
        }
    }

    /// <summary>Trimmed token → term (null for a stop word), creating the term on first occurrence.</summary>
    private LunrTerm? Resolve(ReadOnlySpan<char> trimmed)
    {
        if (_tokenCacheBySpan.TryGetValue(trimmed, out var cached)) return cached;

        string key = trimmed.ToString();
        LunrTerm? term = null;
        if (!LunrStopWords.IsStopWord(key))
        {
            string stem = LunrStemmer.Stem(key);
            if (!_terms.TryGetValue(stem, out term))
            {
                term = new LunrTerm(stem, _termsByIndex.Count, _fields.Length);
                _terms.Add(stem, term);
                _termsByIndex.Add(term);
                if (_tf.Length <= term.Index) Array.Resize(ref _tf, _tf.Length * 2);
            }
        }
        _tokenCache.Add(key, term);
        return term;
    }

    private struct FieldState(LunrIndexBuilder builder, int field, int slot, bool repeated)
    {
        public readonly LunrIndexBuilder Builder = builder;
        public readonly int Field = field;
        public readonly int Slot = slot;
        public readonly bool Repeated = repeated;
        public int Length;
    }
}
