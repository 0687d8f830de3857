namespace Synapse.Search.Lunr;

/// <summary>A document added to the builder: its ref, boost and where its field entries sit.</summary>
internal sealed class LunrDocument
{
    public LunrDocument(string docRef, int fieldCount)
    {
        Ref = docRef;
        IsArrayIndex = JsPropertyOrder.IsArrayIndex(docRef, out uint index);
        ArrayIndex = index;
        EntryPositions = new int[fieldCount];
        Array.Fill(EntryPositions, -1);
    }

    public string Ref { get; }
    public double Boost { get; set; } = 1;

    /// <summary>True when JavaScript would enumerate this ref before string keys (e.g. "12").</summary>
    public bool IsArrayIndex { get; }
    public uint ArrayIndex { get; }

    /// <summary>Position of this document's entry for each field in the builder's entry list.</summary>
    public int[] EntryPositions { get; }
}
