using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Synapse.Markdown.Citations;

/// <summary>Writes a malformed citation exactly as it was typed (escaped); the check reports it.</summary>
internal sealed class MalformedCitationRenderer : HtmlObjectRenderer<MalformedCitationInline>
{
    protected override void Write(HtmlRenderer renderer, MalformedCitationInline malformed) =>
        renderer.WriteEscape(malformed.Text);
}
