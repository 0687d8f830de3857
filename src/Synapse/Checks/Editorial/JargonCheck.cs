using System.Text.RegularExpressions;
using Synapse.Diagnostics;

namespace Synapse.Checks.Editorial;

/// <summary>
/// A technical term from the glossary is explained where an article first uses it: linked to its glossary entry
/// (<c>[remission](xref:glossary#remission)</c>), or followed by a plain explanation in the same sentence
/// ("remission, which means…", "remission (when symptoms go away)", "remission is a…", "… therapy (CBT)").
/// Glossary entries marked <c>plain: true</c> are everyday words and are not checked.
/// </summary>
internal sealed partial class JargonCheck : ICheck
{
    public static readonly Rule Unexplained = new("content/unexplained-term", Severity.Warning,
        "A technical term from the glossary is used for the first time in an article without a glossary link or a plain explanation.",
        "Link its first use to the glossary, e.g. [remission](xref:glossary#remission), or explain it in the same sentence.", "articles");

    public IReadOnlyList<Rule> Rules => [Unexplained];

    public void Run(CheckContext context)
    {
        var terms = context.Site.Glossary.Where(g => !g.Plain)
            .Select(g => (g.Id, Key: g.Term.ToUpperInvariant(), Pattern: new Regex(@"(?<![\w-])" + Regex.Escape(g.Term) + @"(?:s|es)?(?![\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)))
            .ToList();
        Parallel.ForEach(context.Site.Articles, page =>
        {
            var source = page.Page.Source;
            // The article's prose is searched as one text, once per term that occurs in the body at all.
            ArticleProse? prose = null;
            // Ordinal search in upper-cased text is "any case" as StringComparison.OrdinalIgnoreCase defines it, and fast.
            var upperBody = source.Body.ToUpperInvariant();
            foreach (var (id, key, pattern) in terms)
            {
                // A term that does not occur anywhere in the body (in any case) cannot be used unexplained.
                if (!upperBody.Contains(key, StringComparison.Ordinal)) continue;
                prose ??= ArticleProse.Of(source.Body, upperBody);
                var match = pattern.Match(prose.Text);
                if (!match.Success) continue;
                var line = prose.LineOf(match.Index);
                // A glossary link on an earlier line, or on the line of the first use, explains the term.
                var glossaryLink = "glossary#" + id;
                if (prose.FirstLineContaining(glossaryLink) <= line) continue;
                var column = match.Index - prose.LineStart(line);
                if (!InsideLink(prose.Lines[line], column) && !Explained(prose.ProseLine(line), column, match.Length))
                    context.Report(Unexplained, source.Map.Locate(line, column),
                        $"\"{match.Value}\" is a technical term; this is its first use in the article.",
                        $"Link it to the glossary — [{match.Value}](xref:{glossaryLink}) — or explain it in plain words in this sentence.");
            }
        });
    }

    /// <summary>True when the term sits in the text of a link (a link to any page explains it, e.g. to its own article).</summary>
    private static bool InsideLink(string line, int index)
    {
        foreach (Match link in MarkdownLink().Matches(line))
            if (index >= link.Index && index < link.Index + link.Groups[1].Length + 1) return true;
        return false;
    }

    private static bool Explained(ReadOnlySpan<char> prose, int index, int length) =>
        ExplainedAfter().IsMatch(prose[(index + length)..]) || ExplainedBefore().IsMatch(prose[..index]);

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"^[""”’']?\s*(?:\(|[—–]|-\s|,\s*(?:a|an|the|which|who|or|meaning|also called)\b|:\s|\s+(?:is|are|was|were|means|mean|refers to|describes?)\s)", RegexOptions.IgnoreCase)]
    private static partial Regex ExplainedAfter();

    [GeneratedRegex(@"(?:(?:called|known as|named|term|word|means|meaning|or)\s*[""“‘']?|\()\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ExplainedBefore();
}
