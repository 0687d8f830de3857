namespace Synapse.Search.Lunr;

/// <summary>One field of one document (lunr's fieldRef): its length and term frequencies, terms by index.</summary>
internal sealed record LunrFieldEntry(int Field, int DocSlot, int Length, int[] Terms, int[] Frequencies);
