using Synapse.Content;
using Synapse.Diagnostics;
using Synapse.Markdown;
using AngleSharp.Html.Parser;
using Synapse.Html;
using Synapse.Site;
using Synapse.Tests.Hostile;

namespace Synapse.Tests.Fuzz;

/// <summary>
/// The Markdown stage sanitises a body only when the author typed raw HTML; without it, Markdig's own escaping and
/// the URL policy must leave nothing that runs script. These tests hold both paths to the same independent reading
/// of the output (<see cref="ScriptFreeOutput"/>) over generated documents full of hostile URLs, HTML and Unicode.
/// </summary>
public sealed class MarkdownOutputFuzzTests
{
    private static readonly LinkResolver Links = new(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["dopamine"] = "neurotransmitters/dopamine/" }, "/");

    private static string Render(string body)
    {
        var source = new ParsedSource(new SourceFile("input/guides/doc.md", ""), new FrontMatter { Title = "Doc" }, body, 3);
        var page = new Page("doc", "guides/doc/", "guides", source) { IsArticle = true };
        return MarkdownStage.Render(page, Links, Synapse.Bibliography.SiteBibliography.Empty, new DiagnosticBag()).Html;
    }

    [Fact]
    public void Generated_documents_render_to_script_free_html_with_and_without_raw_html()
    {
        var generator = new DocumentGenerator(CheckFuzzTests.Seed);
        int withHtml = 0, withoutHtml = 0;
        for (var i = 0; i < 3000; i++)
        {
            var body = generator.Document(["k1"]);
            // Half of the documents lose every '<', so no raw HTML can survive and the unsanitised path is taken.
            if (i % 2 == 0) body = body.Replace("<", "", StringComparison.Ordinal);
            var html = Render(body);
            var problems = ScriptFreeOutput.InHtml(html).ToList();
            Assert.True(problems.Count == 0, $"document {i} (seed {CheckFuzzTests.Seed}): {string.Join("; ", problems)}\n--- body ---\n{body}\n--- html ---\n{html}");
            if (body.Contains('<', StringComparison.Ordinal)) withHtml++;
            else
            {
                withoutHtml++;
                // The skipped sanitiser would have changed nothing: the same elements, attributes and text.
                var (plain, sanitised) = (Normalised(html), Normalised(ContentSanitizer.Sanitize(html)));
                Assert.True(plain == sanitised, $"document {i}: the sanitiser changes the output:\n{FirstDifference(plain, sanitised)}\n--- body ---\n{body}");
            }
        }
        Assert.True(withHtml > 1000 && withoutHtml >= 1500, $"{withHtml} with '<', {withoutHtml} without");
    }

    private static readonly HtmlParser Parser = new();

    private static string Normalised(string html) => Parser.ParseDocument("<body>" + html).Body!.InnerHtml;

    private static string FirstDifference(string a, string b)
    {
        var at = 0;
        while (at < a.Length && at < b.Length && a[at] == b[at]) at++;
        var from = Math.Max(0, at - 80);
        return $"rendered:  …{a[from..Math.Min(a.Length, at + 120)]}\nsanitised: …{b[from..Math.Min(b.Length, at + 120)]}";
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x][r]\n\n[r]: JaVaScRiPt:alert(1)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("![x](data:text/html,<script>alert(1)</script>)")]
    [InlineData("[x](&#106;avascript:alert(1))")]
    [InlineData("# \"><img src=x onerror=alert(1)>")]
    [InlineData("`<script>alert(1)</script>`")]
    [InlineData("```\n<script>alert(1)</script>\n```")]
    public void Hostile_markdown_without_raw_html_renders_nothing_that_runs_script(string body)
    {
        var html = Render(body);
        Assert.Empty(ScriptFreeOutput.InHtml(html));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }
}

public sealed class MarkdownNestingLimitTests
{
    private static (string Html, IReadOnlyList<Diagnostic> Diagnostics) Render(string body)
    {
        var source = new ParsedSource(new SourceFile("input/guides/doc.md", ""), new FrontMatter { Title = "Doc" }, body, 3);
        var page = new Page("doc", "guides/doc/", "guides", source) { IsArticle = true };
        var bag = new DiagnosticBag();
        return (MarkdownStage.Render(page, new LinkResolver(new Dictionary<string, string>(), "/"), Synapse.Bibliography.SiteBibliography.Empty, bag).Html, bag.Sorted());
    }

    [Theory]
    [InlineData(300, '[')]
    [InlineData(400, '*')]
    public void Inline_nesting_beyond_markdigs_limit_is_a_too_deep_error_at_its_line_not_a_crash(int count, char c)
    {
        // Unclosed brackets, or emphasis marks around a word: each opens another level that Markdig keeps.
        var (html, diagnostics) = Render("Fine first line.\n\n" + new string(c, count) + "x" + (c == '[' ? "" : new string(c, count)) + "\n");

        var d = Assert.Single(diagnostics, d => d.Rule == "content/too-deep");
        Assert.Equal(6, d.Location.Line); // 3 front-matter lines + 2 body lines before it, 1-based
        Assert.Equal("", html);
    }

    [Fact]
    public void Ordinary_brackets_and_emphasis_render()
    {
        var (html, diagnostics) = Render("[[a]] ***b*** " + new string('[', 20) + "x" + new string(']', 20) + "\n");

        Assert.DoesNotContain(diagnostics, d => d.Rule == "content/too-deep");
        Assert.Contains("<strong>", html, StringComparison.Ordinal);
    }
}
