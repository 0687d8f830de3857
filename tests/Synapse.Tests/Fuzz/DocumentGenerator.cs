using System.Text;

namespace Synapse.Tests.Fuzz;

/// <summary>
/// Random Markdown documents with front matter, from a seed: real keys and made-up ones, every YAML shape (nesting,
/// anchors, flow and block style, broken syntax), Markdown blocks nested deep, links with every kind of URL, raw HTML
/// vectors, citations, and Unicode from many scripts, controls and CRLF. The same seed always gives the same documents.
/// </summary>
internal sealed class DocumentGenerator(int seed)
{
    private readonly Random _random = new(seed);

    private static readonly string[] Keys = ["title", "summary", "tags", "related", "authors", "reviewer", "reviewed", "next-review", "evidence", "crisis", "draft", "order", "layout", "xref", "redirect-from", "published", "updated", "include-in-sitemap", "Title", "description", "unknown", "x"];
    private static readonly string[] Words = ["serotonin", "dopamine", "synapse", "receptor", "mood", "sleep", "ßtraße", "café", "日本語", "العربية", "עברית", "😀", "e\u0301", "\u200B", "\u202E", "Ω", "ǅ", "İ", "ﬁ", "𝔘", "a:b", "#x", "- ", "* ", "> ", "|", "`", "<b>", "&amp;", "&#0;", "\\", "[@x]", "@", "%", "{{ x }}", "{% raw %}"];
    private static readonly string[] Urls = ["https://example.org/", "http://x", "mailto:a@b.c", "tel:123", "javascript:alert(1)", "JaVaScRiPt:x", "&#106;avascript:x", "java\tscript:x", "data:text/html,x", "vbscript:x", "xref:dopamine", "xref:nowhere#x", "../x.md", "/guides/", "#frag", "", " ", "//other.example/", "x.md#y", "%2e%2e/", "ftp://a", "a b", "<>", "(((", "\u0001x:y"];
    private static readonly string[] Html = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:x\">x</a>", "<svg onload=alert(1)>", "<iframe srcdoc=x>", "<form action=//x><input></form>", "<div>", "</div>", "<details><summary>s</summary>x</details>", "<!-- c", "<style>x{}</style>", "<p style=\"x:url(y)\">", "<math><mi>x</mi></math>", "<table><tr><td>x", "<?php ?>", "<![CDATA[x]]>"];

    public string Document(IReadOnlyList<string> citationKeys)
    {
        var sb = new StringBuilder();
        var shape = _random.Next(20);
        if (shape == 0) return RandomText(_random.Next(0, 200));
        if (shape == 1) sb.Append("---\n").Append(RandomText(40)).Append('\n');
        else
        {
            sb.Append("---\n");
            sb.Append("title: ").Append(Scalar()).Append('\n');
            if (_random.Next(3) > 0) sb.Append("summary: ").Append(Scalar()).Append('\n');
            for (var i = _random.Next(6); i > 0; i--) sb.Append(Pick(Keys)).Append(": ").Append(Value(0)).Append('\n');
            if (_random.Next(10) > 0) sb.Append("---\n");
        }
        for (var i = _random.Next(1, 25); i > 0; i--) Block(sb, 0, citationKeys);
        var text = sb.ToString();
        return _random.Next(8) == 0 ? text.Replace("\n", "\r\n") : text;
    }

    private string Value(int depth)
    {
        if (depth > 3 && _random.Next(50) == 0) return new string('[', 70 + _random.Next(50)) + new string(']', 70);
        return _random.Next(9) switch
        {
            0 => "[" + string.Join(", ", Enumerable.Range(0, _random.Next(4)).Select(_ => Scalar())) + "]",
            1 => "{" + Scalar() + ": " + Scalar() + "}",
            2 => depth < 8 ? "\n" + new string(' ', 2 * (depth + 1)) + "- " + Value(depth + 1) : Scalar(),
            3 => _random.Next(2) == 0 ? "2026-" + _random.Next(0, 14) + "-" + _random.Next(0, 33) : "1999-02-29",
            4 => _random.Next(-5, 100000).ToString(System.Globalization.CultureInfo.InvariantCulture),
            5 => Pick(["true", "false", "yes", "no", "null", "~", "established", "moderate", "&a x", "*a", "*undefined", "!!binary x", "'unclosed", "\"x\\q\"", "|", ">", "[a, b", "{a: b"]),
            _ => Scalar(),
        };
    }

    private string Scalar()
    {
        var text = RandomText(_random.Next(0, 30)).Replace("\n", " ").Replace("\r", " ");
        return _random.Next(3) switch
        {
            0 => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"",
            1 => "'" + text.Replace("'", "''") + "'",
            _ => text,
        };
    }

    private void Block(StringBuilder sb, int depth, IReadOnlyList<string> keys)
    {
        switch (_random.Next(14))
        {
            case 0: sb.Append(new string('#', _random.Next(1, 8))).Append(' ').Append(Inline(keys)).Append("\n\n"); break;
            case 1:
                var nest = _random.Next(20) == 0 ? _random.Next(30, 60) : _random.Next(1, 6);
                for (var i = 0; i < nest; i++) sb.Append(new string(' ', 2 * i)).Append(Pick(["- ", "* ", "1. ", "+ "])).Append(Inline(keys)).Append('\n');
                sb.Append('\n');
                break;
            case 2: sb.Append(new string('>', _random.Next(20) == 0 ? _random.Next(30, 80) : _random.Next(1, 4))).Append(' ').Append(Inline(keys)).Append("\n\n"); break;
            case 3: sb.Append("```").Append(Pick(["", "js", "<x>"])).Append('\n').Append(RandomText(40)).Append(_random.Next(4) == 0 ? "\n" : "\n```\n\n"); break;
            case 4: sb.Append(Pick(Html)).Append('\n').Append(Inline(keys)).Append("\n\n"); break;
            case 5: sb.Append("| a | b |\n|---|:-:|\n| ").Append(Inline(keys)).Append(" | x |\n\n"); break;
            case 6: sb.Append('[').Append(RandomText(5)).Append("]: ").Append(Pick(Urls)).Append("\n\n"); break;
            case 7: sb.Append(Inline(keys)).Append("[^").Append(_random.Next(3)).Append("]\n\n[^").Append(_random.Next(3)).Append("]: ").Append(Inline(keys)).Append("\n\n"); break;
            case 8: sb.Append("---\n\n"); break;
            case 9 when depth < 3: sb.Append("> "); Block(sb, depth + 1, keys); break;
            default: sb.Append(Inline(keys)).Append("\n\n"); break;
        }
    }

    private string Inline(IReadOnlyList<string> keys)
    {
        var sb = new StringBuilder();
        for (var i = _random.Next(1, 12); i > 0; i--)
        {
            switch (_random.Next(12))
            {
                case 0: sb.Append('[').Append(Pick(Words)).Append("](").Append(Pick(Urls)).Append(") "); break;
                case 1: sb.Append("![").Append(Pick(Words)).Append("](").Append(Pick(Urls)).Append(") "); break;
                case 2: sb.Append('<').Append(Pick(Urls)).Append("> "); break;
                case 3: sb.Append("[@").Append(keys.Count > 0 && _random.Next(3) > 0 ? Pick(keys) : Pick(Words)).Append(_random.Next(3) == 0 ? ", p. 4" : "").Append("] "); break;
                case 4: sb.Append(Pick(["*", "**", "_", "~~", "`"])).Append(Pick(Words)).Append(Pick(["*", "**", "_", "~~", "`", ""])).Append(' '); break;
                case 5: sb.Append(Pick(Html)).Append(' '); break;
                case 6: sb.Append(new string('[', _random.Next(1, 40))).Append(Pick(Words)).Append(' '); break;
                case 7: sb.Append(Pick(Words)).Append(' ').Append(new string('*', _random.Next(1, 60))).Append(' '); break;
                default: sb.Append(Pick(Words)).Append(' '); break;
            }
        }
        return sb.ToString();
    }

    private string RandomText(int length)
    {
        var sb = new StringBuilder();
        while (sb.Length < length)
        {
            if (_random.Next(6) == 0) sb.Append((char)_random.Next(0x20, 0x7F));
            else if (_random.Next(40) == 0) sb.Append((char)_random.Next(1, 0x20));
            else if (_random.Next(30) == 0) sb.Append(char.ConvertFromUtf32(_random.Next(0x1F300, 0x1FAFF)));
            else sb.Append(Pick(Words)).Append(' ');
        }
        return sb.ToString();
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
