using System.Text;
using Synapse.Html;

namespace Synapse.Bibliography;

/// <summary>Formatted reference text: plain runs and links, written out as HTML (escaped) or plain text.</summary>
internal sealed class FormattedText
{
    private readonly List<(string Text, string? Href)> _segments = [];

    public FormattedText Text(string text)
    {
        if (text.Length > 0) _segments.Add((text, null));
        return this;
    }

    /// <summary>Adds a link when <paramref name="href"/> is an http(s) URL, otherwise just the text.</summary>
    public FormattedText Link(string text, string href)
    {
        _segments.Add((text, Identifiers.IsHttpUrl(href) ? href.Trim() : null));
        return this;
    }

    /// <summary>Adds <paramref name="text"/> and a period, unless it already ends a sentence.</summary>
    public FormattedText Sentence(string text) => Text(EndsSentence(text) ? text : text + ".");

    public bool IsEmpty => _segments.Count == 0;

    public static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '.' or '?' or '!';

    public string ToPlainText()
    {
        var builder = new StringBuilder();
        foreach (var (text, _) in _segments) builder.Append(text);
        return builder.ToString().Trim();
    }

    public string ToHtml()
    {
        var builder = new StringBuilder();
        foreach (var (text, href) in _segments)
        {
            if (href is null) builder.Append(HtmlText.Escape(text));
            else builder.Append("<a href=\"").Append(HtmlText.Escape(href)).Append("\">").Append(HtmlText.Escape(text)).Append("</a>");
        }
        return builder.ToString().Trim();
    }
}
