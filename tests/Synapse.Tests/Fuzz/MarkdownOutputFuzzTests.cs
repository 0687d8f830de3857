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
