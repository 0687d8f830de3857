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

    /// <summary>Pattern (whole words, any case) → suggested alternative. The patterns are compiled into the program
    /// (source-generated), so a build spends no time compiling them.</summary>
    internal static readonly (Regex Pattern, string Suggestion)[] Phrases =
    [
        (CommitSuicide(), "\"died by suicide\" or \"took their own life\""),
        (SuccessfulSuicide(), "\"died by suicide\""),
        (FailedSuicide(), "\"suicide attempt\" or \"survived a suicide attempt\""),
        (Schizophrenic(), "\"a person with schizophrenia\""),
        (ConditionAsPerson(), "\"a person with …\" (name the condition, not the person)"),
        (Addict(), "\"a person with an addiction\" or \"a person who uses drugs\""),
        (Junkie(), "\"a person who uses drugs\""),
        (Crazy(), "describe what happens, e.g. \"very distressed\" or \"having psychosis\""),
        (Suffer(), "\"has\", \"lives with\" or \"experiences\""),
        (TheMentallyIll(), "\"people with mental illness\""),
        (Retarded(), "\"learning disability\""),
        (Abuser(), "\"a person who uses drugs\" or \"a person with a substance use disorder\""),
    ];

    private const RegexOptions WordOptions = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const string CommitSuicidePattern = @"\b(?:commit(?:s|ted|ting)? suicide)\b";
    private const string SuccessfulSuicidePattern = @"\b(?:(?:successful|completed) suicides?)\b";
    private const string FailedSuicidePattern = @"\b(?:(?:failed|unsuccessful) (?:suicide|suicide attempt)s?)\b";
    private const string SchizophrenicPattern = @"\b(?:(?:a|an|the) schizophrenics?|schizophrenics)\b";
    private const string ConditionAsPersonPattern = @"\b(?:(?:a|an|the) (?:depressive|bipolar|anorexic|psychotic)s?(?! (?:disorder|episode|symptoms?|depression|illness|features?|experiences?|medicines?)))\b";
    private const string AddictPattern = @"\b(?:addicts?)\b";
    private const string JunkiePattern = @"\b(?:junkies?|druggies?)\b";
    private const string CrazyPattern = @"\b(?:(?:crazy|insane|psycho|lunatics?|nutters?|mad(?:man|men)?))\b";
    private const string SufferPattern = @"\b(?:suffer(?:s|ed|ing)? (?:from|with)|sufferers?)\b";
    private const string TheMentallyIllPattern = @"\b(?:the mentally ill)\b";
    private const string RetardedPattern = @"\b(?:mental(?:ly)? (?:retard\w*))\b";
    private const string AbuserPattern = @"\b(?:(?:drug|substance) abusers?)\b";

    /// <summary>Any of the phrases: most pages and lines have none, and are passed over in one scan.</summary>
    private const string AnyPhrasePattern =
        "(?:" + CommitSuicidePattern + ")" + "|" +
        "(?:" + SuccessfulSuicidePattern + ")" + "|" +
        "(?:" + FailedSuicidePattern + ")" + "|" +
        "(?:" + SchizophrenicPattern + ")" + "|" +
        "(?:" + ConditionAsPersonPattern + ")" + "|" +
        "(?:" + AddictPattern + ")" + "|" +
        "(?:" + JunkiePattern + ")" + "|" +
        "(?:" + CrazyPattern + ")" + "|" +
        "(?:" + SufferPattern + ")" + "|" +
        "(?:" + TheMentallyIllPattern + ")" + "|" +
        "(?:" + RetardedPattern + ")" + "|" +
        "(?:" + AbuserPattern + ")";

    [GeneratedRegex(CommitSuicidePattern, WordOptions)] private static partial Regex CommitSuicide();
    [GeneratedRegex(SuccessfulSuicidePattern, WordOptions)] private static partial Regex SuccessfulSuicide();
    [GeneratedRegex(FailedSuicidePattern, WordOptions)] private static partial Regex FailedSuicide();
    [GeneratedRegex(SchizophrenicPattern, WordOptions)] private static partial Regex Schizophrenic();
    [GeneratedRegex(ConditionAsPersonPattern, WordOptions)] private static partial Regex ConditionAsPerson();
    [GeneratedRegex(AddictPattern, WordOptions)] private static partial Regex Addict();
    [GeneratedRegex(JunkiePattern, WordOptions)] private static partial Regex Junkie();
    [GeneratedRegex(CrazyPattern, WordOptions)] private static partial Regex Crazy();
    [GeneratedRegex(SufferPattern, WordOptions)] private static partial Regex Suffer();
    [GeneratedRegex(TheMentallyIllPattern, WordOptions)] private static partial Regex TheMentallyIll();
    [GeneratedRegex(RetardedPattern, WordOptions)] private static partial Regex Retarded();
    [GeneratedRegex(AbuserPattern, WordOptions)] private static partial Regex Abuser();
    [GeneratedRegex(AnyPhrasePattern, WordOptions)] internal static partial Regex AnyPhrase();

    public IReadOnlyList<Rule> Rules => [Wording];

    public void Run(CheckContext context)
    {
        foreach (var page in context.Site.Pages)
        {
            var source = page.Page.Source;
            if (!MayContainPhrase(source.Body)) continue;
            var lines = source.Body.Split('\n');
            var inFence = false;
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                if (line.TrimStart().StartsWith("```", StringComparison.Ordinal) || line.TrimStart().StartsWith("~~~", StringComparison.Ordinal)) { inFence = !inFence; continue; }
                if (inFence) continue;
                var prose = Prose(line);
                if (!AnyPhrase().IsMatch(prose)) continue;
                foreach (var (pattern, suggestion) in Phrases)
                    foreach (Match m in pattern.Matches(prose))
                    {
                        if (Allowed(m.Value, line) || (i > 0 && Allowed(m.Value, lines[i - 1]))) continue;
                        context.Report(Wording, source.Map.Locate(i, m.Index), $"Avoid \"{m.Value}\": use {suggestion}.");
                    }
            }
        }
    }

    /// <summary>
    /// A word every phrase contains, found in one vectorised scan; most pages have none and are passed over. The scan
    /// may find more than the phrases (a "mad" inside "made"): those pages go on to the exact patterns. The Kelvin sign
    /// is a "k" to the patterns (any case, culture-invariant) but not to an ordinal comparison, so it is listed.
    /// </summary>
    private static readonly System.Buffers.SearchValues<string> PhraseWords = System.Buffers.SearchValues.Create(
        ["suicid", "schizophrenic", "depressive", "bipolar", "anorexic", "psycho", "addict", "junkie", "jun\u212Aie", "druggie",
         "crazy", "insane", "lunatic", "nutter", "mad", "suffer", "mentally", "retard", "abuser"], StringComparison.OrdinalIgnoreCase);

    internal static bool MayContainPhrase(string text) => text.AsSpan().IndexOfAny(PhraseWords) >= 0;

    /// <summary>The line with link destinations, inline code and HTML comments blanked out (same length, so columns stay right).</summary>
    internal static string Prose(string line) =>
        NotProse().Replace(line, m => new string(' ', m.Length));

    private static bool Allowed(string phrase, string line)
    {
        foreach (Match m in Allow().Matches(line))
            if (m.Groups[1].Value.Trim().Equals(phrase, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    [GeneratedRegex(@"\]\([^)]*\)|`[^`]*`|<!--.*?-->|\[@[^\]]*\]")]
    private static partial Regex NotProse();

    [GeneratedRegex(@"<!--\s*allow:\s*(.*?)\s*-->", RegexOptions.IgnoreCase)]
    private static partial Regex Allow();
}
