using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Synapse.Output.Syndication;

/// <summary>One <c>##</c> section of an article body: its heading (none for text before the first heading), HTML and plain text.</summary>
internal sealed record ArticleSection(string? Id, string? Headline, string Html, string Text)
{
    /// <summary>The section's own <c>h2</c> element as rendered ("" for text before the first heading).</summary>
    public string HeadingHtml { get; init; } = "";
}

/// <summary>
/// An article body taken apart for reuse (embed view, content API): the sections under each <c>##</c> heading, the key
/// points, and the reference list — with heading anchors and reference back-links removed, since a copy shown on another
/// site has no use for them.
/// </summary>
internal sealed partial class ArticleParts
{
    private static readonly HtmlParser Parser = new();

    private ArticleParts(IReadOnlyList<ArticleSection> sections, string referencesHtml)
    {
        Sections = sections;
        ReferencesHtml = referencesHtml;
    }

    /// <summary>Every section in order, key points included; the reference list is apart (<see cref="ReferencesHtml"/>).</summary>
    public IReadOnlyList<ArticleSection> Sections { get; }

    /// <summary>The "Key points" section, when the article has one.</summary>
    public ArticleSection? KeyPointsSection => Sections.FirstOrDefault(s => s.Id == "key-points");

    /// <summary>Sections other than the key points.</summary>
    public IEnumerable<ArticleSection> BodySections => Sections.Where(s => s.Id != "key-points");

    /// <summary>Each key point (a list item of the key-points section) as plain text.</summary>
    public IReadOnlyList<string> KeyPoints { get; private init; } = [];

    /// <summary>The rendered reference list (<c>&lt;section class="references"&gt;</c>), or "" when the article cites nothing.</summary>
    public string ReferencesHtml { get; }

    /// <summary>
    /// Splits rendered article HTML. <paramref name="rewriteLink"/> may change each link (for an embed: absolute URLs that
    /// open outside the frame); it gets the element and the href as written.
    /// </summary>
    public static ArticleParts From(string html, Action<IArticleLink, string>? rewriteLink = null) =>
        BodyNode.TryParse(html) is { } body ? From(body, rewriteLink) : FromDocument(html, rewriteLink);

    /// <summary>The split on the body as our Markdown stage wrote it, read without an HTML parser (nearly every article).</summary>
    private static ArticleParts From(BodyNode body, Action<IArticleLink, string>? rewriteLink)
    {
        foreach (var noise in body.Descendants().Where(n => n.HasClass("heading-anchor") || n.HasClass("ref-backlinks")).ToList())
        {
            var parent = noise.Parent;
            noise.Remove();
            if (parent?.LastChild is { Name: null } tail) tail.Text = tail.Text.TrimEnd();
        }
        if (rewriteLink is not null)
            foreach (var link in body.Descendants().Where(n => n.Name == "a" && n.GetAttribute("href") is not null).ToList())
                rewriteLink(link, link.GetAttribute("href")!);

        var references = body.Descendants().FirstOrDefault(n => n.Name == "section" && n.HasClass("references"));
        references?.Remove();

        var sections = new List<ArticleSection>();
        IReadOnlyList<string> keyPoints = [];
        BodyNode? heading = null;
        var parts = new List<BodyNode>();
        var html = new System.Text.StringBuilder();
        void Flush()
        {
            html.Clear();
            foreach (var part in parts)
                if (part.Name is null) html.Append(part.Text);
                else part.WriteHtml(html);
            var sectionHtml = html.ToString().Trim();
            var text = Normalise(string.Join("\n", parts.Select(n => n.TextContent())));
            if (heading is not null || sectionHtml.Length > 0)
            {
                var id = heading?.GetAttribute("id");
                if (id == "key-points" && sections.All(s => s.Id != id))
                    keyPoints = parts.SelectMany(p => p.Descendants()).Where(n => n.Name == "li" && n.Parent?.Name is "ul" or "ol").Select(li => Normalise(li.TextContent())).ToList();
                sections.Add(new ArticleSection(id, heading is null ? null : Normalise(heading.TextContent()), sectionHtml, text) { HeadingHtml = heading?.OuterHtml() ?? "" });
            }
            parts.Clear();
        }
        foreach (var node in body.Children.ToList())
        {
            if (node.Name == "h2")
            {
                Flush();
                heading = node;
                continue;
            }
            parts.Add(node);
        }
        Flush();
        return new ArticleParts(sections, references?.OuterHtml() ?? "") { KeyPoints = keyPoints };
    }

    /// <summary>The split on a parse by a full HTML parser, for raw HTML outside the shapes <see cref="BodyNode"/> reads.</summary>
    internal static ArticleParts FromDocument(string html, Action<IArticleLink, string>? rewriteLink)
    {
        var document = Parser.ParseDocument("<!doctype html><html><body>" + html + "</body></html>");
        var body = document.Body!;
        foreach (var noise in body.QuerySelectorAll(".heading-anchor, .ref-backlinks").ToList())
        {
            var parent = noise.ParentElement;
            noise.Remove();
            if (parent?.LastChild is IText { } tail) tail.Data = tail.Data.TrimEnd();
        }
        if (rewriteLink is not null)
            foreach (var link in body.QuerySelectorAll("a[href]").ToList())
                rewriteLink(new ElementLink(link), link.GetAttribute("href")!);

        var references = body.QuerySelector("section.references");
        references?.Remove();

        var sections = new List<ArticleSection>();
        IElement? heading = null;
        var parts = new List<INode>();
        void Flush()
        {
            var sectionHtml = string.Concat(parts.Select(n => n is IElement e ? e.OuterHtml : n.TextContent)).Trim();
            var text = Normalise(string.Join("\n", parts.Select(n => n.TextContent)));
            if (heading is not null || sectionHtml.Length > 0)
                sections.Add(new ArticleSection(heading?.Id, heading is null ? null : Normalise(heading.TextContent), sectionHtml, text) { HeadingHtml = heading?.OuterHtml ?? "" });
            parts.Clear();
        }
        foreach (var node in body.ChildNodes.ToList())
        {
            if (node is IElement { LocalName: "h2" } h2)
            {
                Flush();
                heading = h2;
                continue;
            }
            parts.Add(node);
        }
        Flush();

        var keyPoints = sections.FirstOrDefault(s => s.Id == "key-points") is { } kp
            ? Parser.ParseDocument("<body>" + kp.Html + "</body>").QuerySelectorAll("ul > li, ol > li").Select(li => Normalise(li.TextContent)).ToList()
            : [];
        return new ArticleParts(sections, references?.OuterHtml ?? "") { KeyPoints = keyPoints };
    }

    private sealed class ElementLink(IElement element) : IArticleLink
    {
        public void SetAttribute(string name, string value) => element.SetAttribute(name, value);
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, Tuple<string, Lazy<ArticleParts>>> AbsoluteCache = new();

    /// <summary>
    /// The parts with every link made absolute against <paramref name="canonicalUrl"/> (the content API's form). The
    /// article body is parsed once per build and shared by the outputs that reuse it (content API, embed view), which
    /// run at the same time: the first to ask parses, the other waits for that parse rather than making its own.
    /// </summary>
    public static ArticleParts WithAbsoluteLinks(string html, string canonicalUrl)
    {
        var entry = AbsoluteCache.GetValue(html, h => Tuple.Create(canonicalUrl,
            new Lazy<ArticleParts>(() => From(h, SyndicationRules.AbsoluteLinks(canonicalUrl, newTab: false)), LazyThreadSafetyMode.ExecutionAndPublication)));
        return entry.Item1 == canonicalUrl ? entry.Item2.Value : From(html, SyndicationRules.AbsoluteLinks(canonicalUrl, newTab: false));
    }

    /// <summary>
    /// The same parts with every link except mailto: and tel: opening in a new tab (<c>target="_blank" rel="noopener"</c>),
    /// as an embed needs: a link inside a frame should not replace the frame. Works on the serialised HTML, whose start
    /// tags AngleSharp always writes with double-quoted attributes.
    /// </summary>
    public ArticleParts OpeningLinksInNewTab()
    {
        static string Rewrite(string html) => AnchorStartTag().Replace(html, m =>
        {
            var attributes = m.Groups["attributes"].Value;
            var href = HrefAttribute().Match(attributes);
            if (!href.Success || href.Groups["value"].Value.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
                || href.Groups["value"].Value.StartsWith("tel:", StringComparison.OrdinalIgnoreCase)) return m.Value;
            return "<a" + TargetOrRel().Replace(attributes, "") + " target=\"_blank\" rel=\"noopener\">";
        });
        return new ArticleParts(Sections.Select(x => x with { Html = Rewrite(x.Html), HeadingHtml = Rewrite(x.HeadingHtml) }).ToList(), Rewrite(ReferencesHtml)) { KeyPoints = KeyPoints };
    }

    [System.Text.RegularExpressions.GeneratedRegex("""<a(?<attributes>(?:\s+[^\s=>"/]+(?:="[^"]*")?)*)\s*>""")]
    private static partial System.Text.RegularExpressions.Regex AnchorStartTag();

    [System.Text.RegularExpressions.GeneratedRegex(@"\shref=""(?<value>[^""]*)""")]
    private static partial System.Text.RegularExpressions.Regex HrefAttribute();

    [System.Text.RegularExpressions.GeneratedRegex(@"\s(?:target|rel)=""[^""]*""")]
    private static partial System.Text.RegularExpressions.Regex TargetOrRel();

    /// <summary>The HTML of every section with its <c>h2</c>, as one fragment (for the body of an embed).</summary>
    public static string Join(IEnumerable<ArticleSection> sections) =>
        string.Join("\n", sections.Select(s => s.HeadingHtml.Length == 0 ? s.Html : s.HeadingHtml + "\n" + s.Html));

    /// <summary>Each line's words joined by one space (any white space between them), empty lines dropped, lines joined by \n.</summary>
    private static string Normalise(string text)
    {
        var result = new System.Text.StringBuilder(text.Length);
        var lineHasWords = false;
        var space = false;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                lineHasWords = space = false;
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                space = lineHasWords;
                continue;
            }
            if (!lineHasWords && result.Length > 0) result.Append('\n');
            else if (space) result.Append(' ');
            result.Append(c);
            lineHasWords = true;
            space = false;
        }
        return result.ToString();
    }
}
