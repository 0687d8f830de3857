namespace Synapse.Search.Lunr;

/// <summary>
/// One distinct stem met while analysing documents (on any thread): its text, a dense number for counting tokens
/// per field, and the builder's term for it, created when the builder first adds a document that holds it.
/// </summary>
internal sealed class LunrStem(string text, int id)
{
    public string Text { get; } = text;

    /// <summary>Unique within one <see cref="LunrStemCache"/>; not the term's <c>_index</c> (threads race for these).</summary>
    public int Id { get; } = id;

    /// <summary>Set by the builder only, in document order, so term numbering stays lunr's order of first occurrence.</summary>
    public LunrTerm? Term { get; set; }
}
