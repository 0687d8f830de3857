namespace Synapse.Search.Lunr;

/// <summary>One inverted-index entry: the term, its <c>_index</c> (order of first occurrence) and, per field, the documents that contain it.</summary>
internal sealed class LunrTerm(string text, int index, int fieldCount)
{
    private readonly List<int>?[] _docsByField = new List<int>?[fieldCount];

    public string Text { get; } = text;
    public int Index { get; } = index;

    /// <summary>Document slots containing the term in <paramref name="field"/>, in order of insertion.</summary>
    public IReadOnlyList<int> Docs(int field) => (IReadOnlyList<int>?)_docsByField[field] ?? [];

    /// <summary>Number of (field, document) pairs: lunr.idf's documentsWithTerm.</summary>
    public int PostingCount
    {
        get
        {
            int count = 0;
            foreach (var docs in _docsByField) count += docs?.Count ?? 0;
            return count;
        }
    }

    public void AddPosting(int field, int docSlot, bool mayRepeat)
    {
        var docs = _docsByField[field] ??= new List<int>(4);
        if (mayRepeat && docs.Contains(docSlot)) return;
        docs.Add(docSlot);
    }
}
