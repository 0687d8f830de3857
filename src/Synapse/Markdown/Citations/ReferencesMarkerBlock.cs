using Markdig.Parsers;
using Markdig.Syntax;

namespace Synapse.Markdown.Citations;

/// <summary>The line <c>&lt;!-- references --&gt;</c>: the References section goes here instead of at the end of the article.</summary>
internal sealed class ReferencesMarkerBlock(BlockParser parser) : LeafBlock(parser);
