using System.Text;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Synapse.Diagnostics;
using Synapse.Bibliography;
using Synapse.Html;
using Synapse.Markdown.Citations;
using Synapse.Site;

namespace Synapse.Markdown;

/// <summary>Markdown stage: parse the body once, resolve links, gather headings, add heading anchors, render HTML.</summary>
internal static class MarkdownStage
{
    public static RenderedContent Render(Page page, LinkResolver links, SiteBibliography bibliography, DiagnosticBag bag)
    {
        try
        {
            return Render(page, page.Source.Body, links, bibliography, bag);
        }
        catch (ArgumentException ex) when (ex.TargetSite?.DeclaringType?.Assembly == typeof(Markdig.Markdown).Assembly)
        {
            // Markdig refuses inlines nested past its depth limit (hundreds of unclosed brackets or emphasis marks).
            bag.Error("content/too-deep", page.Source.Map.Locate(IO.InputLimits.MostNestedInlineLine(page.Source.Body), 0),
                "Brackets or emphasis marks nest too deeply here for the Markdown parser; the page is not rendered.",
                "Close the brackets and emphasis you open, or escape the characters with a backslash (\\[, \\*).");
            return Render(page, "", links, bibliography, bag);
        }
    }

    private static RenderedContent Render(Page page, string body, LinkResolver links, SiteBibliography bibliography, DiagnosticBag bag)
    {
        var pipeline = MarkdownPipelineFactory.Shared;
        var map = page.Source.Map;
        if (IO.InputLimits.MarkdownTooDeep(body) is var deep and >= 0)
        {
            bag.Error("content/too-deep", map.Locate(deep, 0), $"Lists and block quotes nest more than {IO.InputLimits.MaxMarkdownDepth} levels deep here; the page is not rendered.",
                "Flatten the lists or quotations: readers cannot follow more than a few levels.");
            body = "";
        }
        var doc = Markdig.Markdown.Parse(body, pipeline);
        var nodes = SyntaxNodes.Of(doc);
        // Raw HTML typed by the author: only then can the page hold markup that Markdig did not write and escape itself.
        var hasRawHtml = nodes.HasRawHtml;
        if (hasRawHtml) CheckRawHtml(nodes, map, bag);
        UnsafeUrls.Check(nodes, map, bag);

        var linkRefs = ResolveLinks(nodes, page, links, map, bag);
        var (toc, headings) = GatherHeadings(nodes, page, map, bag);
        var citations = CitationNumbering.Apply(nodes, bibliography);

        PlainTables(nodes);
        var html = RenderHtml(doc, pipeline);
        html = ReferenceListRenderer.InsertInto(html, ReferenceListRenderer.Render(citations, bibliography));
        // Without raw HTML every tag is Markdig's or ours, text and attributes are escaped, and UnsafeUrls has emptied
        // refused URLs: the sanitiser (an HTML parse and a serialisation, most of the Markdown stage's time) has nothing to remove.
        if (hasRawHtml) html = ContentSanitizer.Sanitize(html);
        return new RenderedContent(html, toc, linkRefs, headings, PlainText(nodes), citations) { Document = doc, Nodes = nodes };
    }

    private static List<LinkRef> ResolveLinks(SyntaxNodes nodes, Page page, LinkResolver links, SourceMap map, DiagnosticBag bag)
    {
        var result = new List<LinkRef>();
        var sourceFolder = page.Source.File.Path["input/".Length..] is var rel && rel.Contains('/') ? rel[..(rel.LastIndexOf('/') + 1)] : "";
        foreach (var link in nodes.Links)
        {
            if (string.IsNullOrEmpty(link.Url)) continue;
            if (link.IsImage && LinkResolver.IsExternal(link.Url))
                bag.Error("content/remote-resource", map.Locate(link.Line, link.Column), $"The image loads from another site ({link.Url}); pages may not make requests to other hosts.",
                    "Save the image under input/ (e.g. input/images/) and link it with a relative path.");
            var (url, linkRef) = links.Resolve(link.Url, page.Url, sourceFolder, map.Locate(link.Line, link.Column), bag);
            link.Url = url;
            if (linkRef is not null) result.Add(linkRef);
            if (link.IsImage && link.FirstChild is null)
                bag.Warning("content/image-alt", map.Locate(link.Line, link.Column), "The image has no alternative text.",
                    "Describe the image inside the brackets: ![A diagram of a synapse](synapse.svg). Use decorative images from the theme instead.");
        }
        return result;
    }

    /// <summary>Raw HTML may not load anything from another host (privacy): src, srcset, data and poster attributes.</summary>
    private static void CheckRawHtml(SyntaxNodes nodes, SourceMap map, DiagnosticBag bag)
    {
        var raw = nodes.HtmlBlocks.Select(b => (Text: b.Lines.ToString(), b.Line, b.Column))
            .Concat(nodes.HtmlInlines.Select(i => (Text: i.Tag, i.Line, i.Column)));
        foreach (var (text, line, column) in raw)
            if (RemoteAttribute.IsMatch(text))
                bag.Error("content/remote-resource", map.Locate(line, column), "Raw HTML loads a resource from another site; pages may not make requests to other hosts.",
                    "Save the file under input/ and use a relative path, or link to the other site with an ordinary <a> link.");
    }

    private static readonly System.Text.RegularExpressions.Regex RemoteAttribute =
        new(@"\b(src|srcset|data|poster|background)\s*=\s*[""']?\s*(https?:)?//", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.Compiled);

    private static (List<TocEntry> Toc, List<string> Headings) GatherHeadings(SyntaxNodes nodes, Page page, SourceMap map, DiagnosticBag bag)
    {
        var toc = new List<TocEntry>();
        var headings = new List<string>();
        foreach (var heading in nodes.Headings)
        {
            var text = InlineText(heading.Inline);
            headings.Add(text);
            if (heading.Level == 1 && page.IsArticle)
                bag.Warning("content/h1-in-body", map.Locate(heading.Line, heading.Column), "Articles should not contain a level-1 heading; the title is the page's only h1.",
                    "Use '## ' for the top-level sections of the article.");
            var id = heading.GetAttributes().Id;
            if (id is null || heading.Level < 2) continue;
            if (heading.Level <= 3) toc.Add(new TocEntry(heading.Level, id, text));
            heading.Inline?.AppendChild(new HtmlInline(
                $" <a class=\"heading-anchor\" href=\"#{id}\"><span aria-hidden=\"true\">#</span><span class=\"visually-hidden\">Link to the section: {HtmlText.Escape(text)}</span></a>"));
        }
        return (toc, headings);
    }

    /// <summary>
    /// Column alignment would be written as style attributes, which no page carries (the sanitiser removes them and the
    /// theme aligns table cells itself), so it is dropped before rendering.
    /// </summary>
    private static void PlainTables(SyntaxNodes nodes)
    {
        foreach (var table in nodes.Tables)
            foreach (var column in table.ColumnDefinitions)
            {
                column.Alignment = null;
                column.Width = 0;
            }
    }

    private static string RenderHtml(MarkdownDocument doc, Markdig.MarkdownPipeline pipeline)
    {
        using var writer = new StringWriter(new StringBuilder(4096));
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(doc);
        writer.Flush();
        return writer.ToString();
    }

    internal static string InlineText(ContainerInline? inline)
    {
        if (inline is null) return "";
        var sb = new StringBuilder();
        foreach (var node in inline.Descendants())
            switch (node)
            {
                case LiteralInline literal: sb.Append(literal.Content); break;
                case CodeInline code: sb.Append(code.Content); break;
            }
        return sb.ToString().Trim();
    }

    /// <summary>Visible text of the body (no code blocks, no citations), for the search index and excerpts.</summary>
    private static string PlainText(SyntaxNodes nodes)
    {
        var sb = new StringBuilder();
        foreach (var block in nodes.Blocks)
        {
            if (block is CodeBlock || block is not LeafBlock { Inline: { } inline }) continue;
            AppendText(sb, inline);
            sb.Append('\n');
        }
        return sb.ToString();
    }

    private static void AppendText(StringBuilder sb, ContainerInline container)
    {
        for (var node = container.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is LiteralInline literal) sb.Append(literal.Content);
            else if (node is CodeInline code) sb.Append(code.Content);
            else if (node is LineBreakInline) sb.Append(' ');
            if (node is ContainerInline child) AppendText(sb, child);
        }
    }
}
