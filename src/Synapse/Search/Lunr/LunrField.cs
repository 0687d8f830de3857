namespace Synapse.Search.Lunr;

/// <summary>An indexed field and its boost (lunr: <c>builder.field(name, {boost})</c>; a boost of 0 counts as 1).</summary>
internal sealed record LunrField(string Name, double Boost = 1);
