namespace Synapse.Search.Lunr;

/// <summary>
/// A port of lunr.js 2.3.9's <c>lunr.Builder</c> with lunr's default pipelines (indexing: trimmer,
/// stopWordFilter, stemmer; search: stemmer), b = 0.75, k1 = 1.2 and no metadata whitelist.
/// <see cref="ToJson"/> returns byte for byte what <c>JSON.stringify(builder.build())</c> returns.
/// <para>
/// lunr's <c>builder.add</c> is done in two steps. Analysing a document's fields (tokenizer and indexing pipeline,
/// <see cref="LunrFieldTerms"/>) reads no builder state, so <see cref="AddAll{T}"/> analyses documents in parallel.
/// Recording a document (numbering new terms in order of first occurrence, postings, field lengths, the overwrite of
/// a repeated ref) always runs on one thread in document order, so <see cref="AddAll{T}"/> builds exactly the index
/// that <see cref="Add"/> on each document in turn builds. Not thread-safe otherwise; one builder per index.
/// </para>
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
    private readonly LunrStemCache _stems = new();
    private readonly LunrFieldTerms.Counter _counter = new(); // Add's scratch; AddAll gives each thread its own
    private readonly List<LunrTerm> _termsByIndex = [];
    private int _documentCount;

    public LunrIndexBuilder(IReadOnlyList<LunrField> fields)
    {
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
    public void Add(string docRef, IReadOnlyDictionary<string, string?> fieldValues, double boost = 1) =>
        Record(docRef, Analyze(fieldValues, _counter), boost);

    /// <summary>
    /// <see cref="Add"/> for each document in list order, with <paramref name="input"/> called and the fields analysed
    /// in parallel: the same index, byte for byte, as adding them one by one.
    /// </summary>
    public void AddAll<T>(IReadOnlyList<T> documents, Func<T, LunrDocumentInput> input)
    {
        var inputs = new LunrDocumentInput[documents.Count];
        var analysed = new LunrFieldTerms[documents.Count][];
        // One worker per core, each with its own counter and token dictionary for its whole life (Parallel.For's own
        // per-task state would start again empty whenever the loop hands its work to a new task), taking the next document.
        int next = -1;
        Parallel.For(0, Math.Min(Environment.ProcessorCount, documents.Count), _ =>
        {
            var counter = new LunrFieldTerms.Counter();
            for (int i = Interlocked.Increment(ref next); i < documents.Count; i = Interlocked.Increment(ref next))
            {
                inputs[i] = input(documents[i]);
                analysed[i] = Analyze(inputs[i].Fields, counter);
            }
        });
        for (int i = 0; i < inputs.Length; i++) Record(inputs[i].Ref, analysed[i], inputs[i].Boost);
    }

    public string ToJson() => LunrIndexJsonWriter.Write(Data());

    /// <summary>What the builder holds, for writers other than lunr's JSON (the sharded search files).</summary>
    public LunrIndexData Data() => new(_fields, _documents, _entries, _termsByIndex, _documentCount);

    /// <summary>Each field's terms, in <see cref="Fields"/> order. Thread-safe with a counter per thread.</summary>
    private LunrFieldTerms[] Analyze(IReadOnlyDictionary<string, string?> fieldValues, LunrFieldTerms.Counter counter)
    {
        var fields = new LunrFieldTerms[_fields.Length];
        for (int field = 0; field < fields.Length; field++)
        {
            fieldValues.TryGetValue(_fields[field].Name, out string? text);
            fields[field] = LunrFieldTerms.Analyze(text, _stems, counter);
        }
        return fields;
    }

    /// <summary>The rest of lunr's <c>builder.add</c>, for an analysed document; documents must come in order.</summary>
    private void Record(string docRef, LunrFieldTerms[] fields, double boost)
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
            var entry = RecordField(field, slot, fields[field], repeated);
            // lunr overwrites fieldTermFrequencies[fieldRef]; the key keeps its first position.
            if (document.EntryPositions[field] < 0)
            {
                document.EntryPositions[field] = _entries.Count;
                _entries.Add(entry);
            }
            else _entries[document.EntryPositions[field]] = entry;
        }
    }

    /// <summary>
    /// New terms get the next <c>_index</c> in order of first occurrence (documents, then fields in key order, then
    /// tokens); the term is posted once per field of a document, a repeated ref only when not posted yet.
    /// </summary>
    private LunrFieldEntry RecordField(int field, int slot, LunrFieldTerms analysed, bool repeated)
    {
        var terms = new int[analysed.Stems.Length];
        for (int i = 0; i < terms.Length; i++)
        {
            var stem = analysed.Stems[i];
            if (stem.Term is null)
            {
                stem.Term = new LunrTerm(stem.Text, _termsByIndex.Count, _fields.Length);
                _termsByIndex.Add(stem.Term);
            }
            terms[i] = stem.Term.Index;
            stem.Term.AddPosting(field, slot, repeated);
        }
        // The entry owns the frequencies from here on (the JSON writer sorts them with the terms).
        return new LunrFieldEntry(field, slot, analysed.Length, terms, analysed.Frequencies);
    }
}
