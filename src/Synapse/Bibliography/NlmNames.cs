using System.Text;

namespace Synapse.Bibliography;

/// <summary>NLM name lists: "Family Initials" for up to six people, then "et al.".</summary>
internal static class NlmNames
{
    public const int MaxListed = 6;

    /// <summary>"Smith JA, Lee K, et al." (no final period; the caller ends the sentence).</summary>
    public static string List(IReadOnlyList<PersonName> names)
    {
        var listed = names.Take(MaxListed).Select(Format);
        var text = string.Join(", ", listed);
        return names.Count > MaxListed ? text + ", et al." : text;
    }

    /// <summary>"Vogelstein B, Kinzler KW, editors" (or "editor" for one).</summary>
    public static string Editors(IReadOnlyList<PersonName> names) =>
        List(names) + (names.Count == 1 ? ", editor" : ", editors");

    public static string Format(PersonName name)
    {
        if (name.IsLiteral) return name.Literal!.Trim();
        var family = string.Join(' ', new[] { name.NonDroppingParticle, name.Family }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var initials = Initials(string.Join(' ', new[] { name.Given, name.DroppingParticle }.Where(s => !string.IsNullOrWhiteSpace(s))));
        var text = initials.Length > 0 ? $"{family} {initials}" : family;
        return string.IsNullOrWhiteSpace(name.Suffix) ? text : $"{text} {name.Suffix.Trim().TrimEnd('.')}";
    }

    /// <summary>"John Paul" → "JP", "J. R. R." → "JRR", "Jean-Pierre" → "JP".</summary>
    public static string Initials(string given)
    {
        var builder = new StringBuilder();
        foreach (var part in given.Split([' ', '-', '.', '\u2010', '\u2011'], StringSplitOptions.RemoveEmptyEntries))
        {
            var first = part.FirstOrDefault(char.IsLetter);
            if (first != default) builder.Append(char.ToUpperInvariant(first));
        }
        return builder.ToString();
    }
}
