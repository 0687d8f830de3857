using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Synapse.Markdown.Citations;

/// <summary>Writes the placeholder that <see cref="ReferenceListRenderer.InsertInto"/> replaces with the References section.</summary>
internal sealed class ReferencesMarkerRenderer : HtmlObjectRenderer<ReferencesMarkerBlock>
{
    protected override void Write(HtmlRenderer renderer, ReferencesMarkerBlock block)
    {
        if (!renderer.EnableHtmlForBlock) return;
        renderer.EnsureLine();
        renderer.WriteLine(ReferenceListRenderer.Placeholder);
    }
}
