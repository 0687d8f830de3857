using System.Text.RegularExpressions;
using Synapse.Diagnostics;

namespace Synapse.Checks.Editorial;

/// <summary>
/// Words to avoid in mental-health writing, each with a suggested alternative (safe-messaging and person-first
/// guidance). A quotation that must keep a word is allowed with <c>&lt;!-- allow: phrase --&gt;</c> on the same line
/// or the line above.
/// </summary>
internal sealed partial class WordingCheck : ICheck
{
    public static readonly Rule Wording = new("content/wording", Severity.Warning,
        "A word or phrase to avoid in mental-health writing (stigmatising, or against safe-messaging guidance).",
        "Use the suggested wording; to quote a source word for word, put <!-- allow: phrase --> on the line or the line above.", "content pages");

    /// <summary>Pattern (whole words, any case) → suggested alternative.</summary>
    internal static readonly (Regex Pattern, string Suggestion)[] Phrases =
    [
        (Word(@"commit(?:s|ted|ting)? suicide"), "\"died by suicide\" or \"took their own life\""),
        (Word(@"(?:successful|completed) suicides?"), "\"died by suicide\""),
        (Word(@"(?:failed|unsuccessful) (?:suicide|suicide attempt)s?"), "\"suicide attempt\" or \"survived a suicide attempt\""),
        (Word(@"(?:a|an|the) schizophrenics?|schizophrenics"), "\"a person with schizophrenia\""),
        (Word(@"(?:a|an|the) (?:depressive|bipolar|anorexic|psychotic)s?(?! (?:disorder|episode|symptoms?|depression|illness|features?|experiences?|medicines?))"), "\"a person with …\" (name the condition, not the person)"),
        (Word(@"addicts?"), "\"a person with an addiction\" or \"a person who uses drugs\""),
        (Word(@"junkies?|druggies?"), "\"a person who uses drugs\""),
        (Word(@"(?:crazy|insane|psycho|lunatics?|nutters?|mad(?:man|men)?)"), "describe what happens, e.g. \"very distressed\" or \"having psychosis\""),
        (Word(@"suffer(?:s|ed|ing)? (?:from|with)|sufferers?"), "\"has\", \"lives with\" or \"experiences\""),
        (Word(@"the mentally ill"), "\"people with mental illness\""),
        (Word(@"mental(?:ly)? (?:retard\w*)"), "\"learning disability\""),
        (Word(@"(?:drug|substance) abusers?"), "\"a person who uses drugs\" or \"a person with a substance use disorder\""),
    ];

    /// <summary>Any of the phrases anywhere in a body: most pages have none, and are passed over in one scan.</summary>
    private static readonly Regex AnyPhrase = new(string.Join("|", Phrases.Select(p => "(?:" + p.Pattern + ")")),
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public IReadOnlyList<Rule> Rules => [Wording];

    public void Run(CheckContext context)
    {
        foreach (var page in context.Site.Pages)
        {
            var source = page.Page.Source;
            if (!AnyPhrase.IsMatch(source.Body)) continue;
            var lines = source.Body.Split('\n');
            var inFence = false;
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                if (line.TrimStart().StartsWith("```", StringComparison.Ordinal) || line.TrimStart().StartsWith("~~~", StringComparison.Ordinal)) { inFence = !inFence; continue; }
                if (inFence) continue;
                var prose = Prose(line);
                foreach (var (pattern, suggestion) in Phrases)
                    foreach (Match m in pattern.Matches(prose))
                    {
                        if (Allowed(m.Value, line) || (i > 0 && Allowed(m.Value, lines[i - 1]))) continue;
                        context.Report(Wording, source.Map.Locate(i, m.Index), $"Avoid \"{m.Value}\": use {suggestion}.");
                    }
            }
        }
    }

    /// <summary>The line with link destinations, inline code and HTML comments blanked out (same length, so columns stay right).</summary>
    internal static string Prose(string line) =>
        NotProse().Replace(line, m => new string(' ', m.Length));

    private static bool Allowed(string phrase, string line)
    {
        foreach (Match m in Allow().Matches(line))
            if (m.Groups[1].Value.Trim().Equals(phrase, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static Regex Word(string pattern) => new(@"\b(?:" + pattern + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    [GeneratedRegex(@"\]\([^)]*\)|`[^`]*`|<!--.*?-->|\[@[^\]]*\]")]
    private static partial Regex NotProse();

    [GeneratedRegex(@"<!--\s*allow:\s*(.*?)\s*-->", RegexOptions.IgnoreCase)]
    private static partial Regex Allow();
}
