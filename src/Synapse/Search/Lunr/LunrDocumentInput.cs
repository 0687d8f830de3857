namespace Synapse.Search.Lunr;

/// <summary>A document for <see cref="LunrIndexBuilder.AddAll{T}"/>: lunr's <c>builder.add(doc, {boost})</c> arguments.</summary>
internal sealed record LunrDocumentInput(string Ref, IReadOnlyDictionary<string, string?> Fields, double Boost = 1);
