using System.Text;
using Markdig.Syntax.Inlines;

namespace Synapse.Checks.Editorial;

/// <summary>The plain text of an inline container (a link's text, an image's alt text).</summary>
internal static class InlineText
{
    public static string Of(ContainerInline container)
    {
        var sb = new StringBuilder();
        Append(container, sb);
        return sb.ToString();
    }

    private static void Append(Inline? inline, StringBuilder sb)
    {
        for (var child = inline is ContainerInline c ? c.FirstChild : null; child is not null; child = child.NextSibling)
        {
            switch (child)
            {
                case LiteralInline literal: sb.Append(literal.Content.ToString()); break;
                case CodeInline code: sb.Append(code.Content); break;
                case LineBreakInline: sb.Append(' '); break;
                case ContainerInline nested: Append(nested, sb); break;
            }
        }
    }
}
