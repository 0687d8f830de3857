using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Synapse.Output.Syndication;

/// <summary>A link in an article body that is being copied: the rules for copies set its attributes (absolute href, new tab).</summary>
internal interface IArticleLink
{
    /// <summary>Sets an attribute: in place when the element has it, else after the others.</summary>
    void SetAttribute(string name, string value);
}

/// <summary>
/// A small tree of article body HTML as our Markdown stage writes it (Markdig's tags, our anchors and citations, the
/// sanitiser's serialisation of raw HTML): elements and text, written back as an HTML parser's serialiser writes them.
/// <see cref="TryParse"/> reads only markup an HTML parser would build into exactly that tree (known elements, closed in
/// order, no element that would close or move another) and refuses the rest, which then needs a real HTML parser.
/// </summary>
internal sealed class BodyNode : IArticleLink
{
    private const int MaxDepth = 256;

    private static readonly FrozenSet<string> KnownElements = FrozenSet.ToFrozenSet(
    [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "hr", "div", "section",
        "aside", "details", "summary", "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr", "th", "td",
        "a", "span", "code", "em", "strong", "del", "ins", "mark", "sup", "sub", "abbr", "cite", "kbd", "samp", "var", "dfn",
        "s", "small", "b", "i", "u", "q", "time", "img", "br", "wbr",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownNames = KnownElements.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> VoidElements = FrozenSet.ToFrozenSet(["img", "br", "hr", "wbr"], StringComparer.Ordinal);

    /// <summary>Start tags that end an open paragraph (HTML parsing: "close a p element").</summary>
    private static readonly FrozenSet<string> ClosesParagraph = FrozenSet.ToFrozenSet(
    [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "hr", "div", "section",
        "aside", "details", "summary", "figure", "figcaption", "table",
    ], StringComparer.Ordinal);

    private static readonly SearchValues<char> TextSpecial = SearchValues.Create("&<>\u00a0");
    private static readonly SearchValues<char> AttributeSpecial = SearchValues.Create("&\"<>\u00a0");
    private static readonly SearchValues<char> Markup = SearchValues.Create("<&");

    private List<KeyValuePair<string, string>>? _attributes;
    private List<BodyNode>? _children;

    private BodyNode(string? name, string text)
    {
        Name = name;
        Text = text;
    }

    /// <summary>The element's name (lower case), or null for a text node.</summary>
    public string? Name { get; }

    /// <summary>A text node's characters, entities decoded.</summary>
    public string Text { get; set; }

    public BodyNode? Parent { get; private set; }

    public IReadOnlyList<BodyNode> Children => (IReadOnlyList<BodyNode>?)_children ?? [];

    public BodyNode? LastChild => _children is { Count: > 0 } c ? c[^1] : null;

    public string? GetAttribute(string name)
    {
        if (_attributes is null) return null;
        foreach (var (key, value) in _attributes)
            if (key == name) return value;
        return null;
    }

    public void SetAttribute(string name, string value)
    {
        _attributes ??= [];
        for (var i = 0; i < _attributes.Count; i++)
            if (_attributes[i].Key == name)
            {
                _attributes[i] = new(name, value);
                return;
            }
        _attributes.Add(new(name, value));
    }

    /// <summary>Whether the class attribute lists <paramref name="token"/> (as a CSS class selector matches).</summary>
    public bool HasClass(string token)
    {
        var classes = GetAttribute("class");
        if (classes is null) return false;
        foreach (var range in classes.AsSpan().SplitAny(" \t\n\f\r"))
            if (classes.AsSpan(range).SequenceEqual(token)) return true;
        return false;
    }

    public void Remove()
    {
        Parent?._children!.Remove(this);
        Parent = null;
    }

    /// <summary>Every node below this one, in document order.</summary>
    public IEnumerable<BodyNode> Descendants()
    {
        if (_children is null) yield break;
        var stack = new Stack<(BodyNode Node, int Next)>();
        stack.Push((this, 0));
        while (stack.Count > 0)
        {
            var (node, next) = stack.Pop();
            if (next >= node._children!.Count) continue;
            stack.Push((node, next + 1));
            var child = node._children[next];
            yield return child;
            if (child._children is { Count: > 0 }) stack.Push((child, 0));
        }
    }

    /// <summary>The text of the node and everything below it (the DOM's textContent).</summary>
    public string TextContent()
    {
        if (Name is null) return Text;
        var text = new StringBuilder();
        AppendText(text);
        return text.ToString();
    }

    private void AppendText(StringBuilder text)
    {
        if (Name is null)
        {
            text.Append(Text);
            return;
        }
        if (_children is null) return;
        foreach (var child in _children) child.AppendText(text);
    }

    /// <summary>
    /// The node as HTML, as AngleSharp writes it: attributes double-quoted with &amp; " &lt; &gt; and no-break spaces escaped,
    /// void elements without a slash, text with &amp; &lt; &gt; and no-break spaces escaped.
    /// </summary>
    public string OuterHtml()
    {
        var html = new StringBuilder();
        WriteHtml(html);
        return html.ToString();
    }

    public void WriteHtml(StringBuilder html)
    {
        if (Name is null)
        {
            Escape(html, Text, TextSpecial);
            return;
        }
        html.Append('<').Append(Name);
        if (_attributes is not null)
            foreach (var (key, value) in _attributes)
            {
                html.Append(' ').Append(key).Append("=\"");
                Escape(html, value, AttributeSpecial);
                html.Append('"');
            }
        html.Append('>');
        if (VoidElements.Contains(Name)) return;
        if (_children is not null)
            foreach (var child in _children) child.WriteHtml(html);
        html.Append("</").Append(Name).Append('>');
    }

    private static void Escape(StringBuilder html, string text, SearchValues<char> special)
    {
        var rest = text.AsSpan();
        for (var next = rest.IndexOfAny(special); next >= 0; next = rest.IndexOfAny(special))
        {
            html.Append(rest[..next]).Append(rest[next] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&nbsp;",
            });
            rest = rest[(next + 1)..];
        }
        html.Append(rest);
    }

    private void Add(BodyNode child)
    {
        (_children ??= []).Add(child);
        child.Parent = this;
    }

    /// <summary>
    /// The tree of <paramref name="html"/> under a body element, or null when the markup is outside the shapes read here
    /// (an unknown element or entity, a comment, a tag left open or closed out of order, a block inside a paragraph, a
    /// link inside a link, a table part out of place, text outside the top-level elements).
    /// </summary>
    public static BodyNode? TryParse(string html)
    {
        if (html.AsSpan().IndexOfAny('\r', '\0') >= 0) return null;
        var body = new BodyNode("body", "");
        var current = body;
        var depth = 0;
        var text = new StringBuilder();
        var i = 0;
        while (i < html.Length)
        {
            var next = html.AsSpan(i).IndexOfAny(Markup);
            if (next < 0)
            {
                text.Append(html.AsSpan(i));
                break;
            }
            text.Append(html.AsSpan(i, next));
            i += next;
            if (html[i] == '&')
            {
                if (!ReadEntity(html, ref i, text)) return null;
                continue;
            }
            if (!AddText(current, text)) return null;
            if (i + 1 < html.Length && html[i + 1] == '/')
            {
                var end = NameEnd(html, i + 2);
                if (current == body || end >= html.Length || html[end] != '>' || !html.AsSpan(i + 2, end - i - 2).SequenceEqual(current.Name)) return null;
                current = current.Parent!;
                depth--;
                i = end + 1;
                continue;
            }
            if (ReadStartTag(html, ref i) is not { } element || !Fits(element.Name!, current)) return null;
            current.Add(element);
            if (VoidElements.Contains(element.Name!)) continue;
            // The parser drops a line feed right after <pre>; the serialiser's rules for it are not repeated here.
            if (element.Name == "pre" && i < html.Length && html[i] is '\n' or '&') return null;
            current = element;
            if (++depth > MaxDepth) return null;
        }
        return AddText(current, text) && current == body ? body : null;
    }

    private static bool AddText(BodyNode parent, StringBuilder text)
    {
        if (text.Length == 0) return true;
        var value = text.ToString();
        text.Clear();
        // Text beside table parts would be moved out of the table; text at the top level is only the line breaks Markdig writes.
        if (parent.Name is "body" or "table" or "thead" or "tbody" or "tfoot" or "tr" && value.AsSpan().IndexOfAnyExcept(" \t\n\f") >= 0) return false;
        parent.Add(new BodyNode(null, value));
        return true;
    }

    /// <summary>Whether an HTML parser would put <paramref name="name"/> inside <paramref name="parent"/> as written.</summary>
    private static bool Fits(string name, BodyNode parent)
    {
        switch (parent.Name)
        {
            case "table": return name is "thead" or "tbody" or "tfoot";
            case "thead" or "tbody" or "tfoot": return name == "tr";
            case "tr": return name is "td" or "th";
        }
        switch (name)
        {
            case "thead" or "tbody" or "tfoot" or "tr" or "td" or "th": return false;
            case "li" when parent.Name is not ("ul" or "ol"): return false;
            case "dt" or "dd" when parent.Name != "dl": return false;
        }
        var closesParagraph = ClosesParagraph.Contains(name);
        var heading = name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";
        for (var open = parent; open is not null; open = open.Parent)
        {
            if (closesParagraph && open.Name == "p") return false;
            if (heading && open.Name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6") return false;
            if (name == "a" && open.Name == "a") return false;
        }
        return true;
    }

    private static int NameEnd(string html, int start)
    {
        var end = start;
        while (end < html.Length && (char.IsAsciiLetterLower(html[end]) || (end > start && char.IsAsciiDigit(html[end])))) end++;
        return end;
    }

    private static BodyNode? ReadStartTag(string html, ref int i)
    {
        var end = NameEnd(html, i + 1);
        if (end == i + 1 || !KnownNames.TryGetValue(html.AsSpan(i + 1, end - i - 1), out var name)) return null;
        var element = new BodyNode(name, "");
        i = end;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '>')
            {
                i++;
                return element;
            }
            if (c == '/')
            {
                // A slash closes only a void element; on any other it is ignored and the element stays open.
                if (i + 1 >= html.Length || html[i + 1] != '>' || !VoidElements.Contains(name)) return null;
                i += 2;
                return element;
            }
            if (c is not (' ' or '\n' or '\t')) return null;
            while (i < html.Length && html[i] is ' ' or '\n' or '\t') i++;
            if (i >= html.Length || html[i] is '>' or '/') continue;
            var nameStart = i;
            while (i < html.Length && (char.IsAsciiLetterLower(html[i]) || char.IsAsciiDigit(html[i]) || html[i] is '-' or '_' or ':')) i++;
            if (i == nameStart) return null;
            var attribute = html[nameStart..i];
            var value = "";
            if (i < html.Length && html[i] == '=')
            {
                if (++i >= html.Length || html[i] is not ('"' or '\'')) return null;
                var quote = html[i];
                var close = html.IndexOf(quote, i + 1);
                if (close < 0 || !TryDecode(html.AsSpan(i + 1, close - i - 1), out value)) return null;
                i = close + 1;
            }
            if (element.GetAttribute(attribute) is not null) return null;
            element.SetAttribute(attribute, value);
        }
        return null;
    }

    private static bool TryDecode(ReadOnlySpan<char> raw, out string value)
    {
        value = "";
        if (raw.IndexOf('&') < 0)
        {
            value = raw.ToString();
            return true;
        }
        var text = new StringBuilder(raw.Length);
        var source = raw.ToString();
        var i = 0;
        while (i < source.Length)
        {
            var next = source.IndexOf('&', i);
            if (next < 0)
            {
                text.Append(source.AsSpan(i));
                break;
            }
            text.Append(source.AsSpan(i, next - i));
            i = next;
            if (!ReadEntity(source, ref i, text)) return false;
        }
        value = text.ToString();
        return true;
    }

    /// <summary>Decodes the character reference at <paramref name="i"/>: the escapes our writers use and numeric ones for ordinary characters.</summary>
    private static bool ReadEntity(string html, ref int i, StringBuilder text)
    {
        var semicolon = html.IndexOf(';', i + 1, Math.Min(10, html.Length - i - 1));
        if (semicolon < 0) return false;
        var reference = html.AsSpan(i + 1, semicolon - i - 1);
        switch (reference)
        {
            case "amp": text.Append('&'); break;
            case "lt": text.Append('<'); break;
            case "gt": text.Append('>'); break;
            case "quot": text.Append('"'); break;
            case "apos": text.Append('\''); break;
            case "nbsp": text.Append('\u00a0'); break;
            default:
                if (reference.Length < 2 || reference[0] != '#') return false;
                var hex = reference[1] is 'x' or 'X';
                var digits = reference[(hex ? 2 : 1)..];
                if (digits.Length is 0 or > 6 || !int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code)) return false;
                // Other code points are replaced or remapped by the parser (NUL, C1 controls, surrogates, beyond Unicode).
                if (!(code is 9 or 10 or (>= 0x20 and < 0x7f) or (>= 0xa0 and < 0xd800) or (>= 0xe000 and <= 0x10ffff))) return false;
                text.Append(char.ConvertFromUtf32(code));
                break;
        }
        i = semicolon + 1;
        return true;
    }
}
