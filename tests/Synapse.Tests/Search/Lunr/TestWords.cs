using System.Text;

namespace Synapse.Tests.Search.Lunr;

/// <summary>Words that exercise the tokenizer, trimmer, stop words and every branch of the Porter stemmer.</summary>
internal static class TestWords
{
    /// <summary>Hand-picked cases: the site's own terms, Porter's textbook examples and character-class edges.</summary>
    public static readonly string[] EdgeCases =
    [
        // Terms the site must keep findable
        "5-HT", "5-HT1A", "5-HT2A", "GABA-A", "GABA-B", "988", "116 123", "85258", "24/7", "NHS 111", "999", "A&E",
        "SSRI", "SSRIs", "SNRIs", "MAOIs", "ADHD", "OCD", "PTSD", "CBT", "DBT", "EMDR", "TMS", "rTMS", "ECT", "MDMA",
        "L-DOPA", "D2", "NMDA", "AMPA", "omega-3", "B12", "B-vitamins", "COVID-19", "1,000", "3.5", "0.5mg", "50%",
        "well-being", "post-traumatic", "self-harm", "non-invasive", "side-effects", "gut-brain", "first-line",
        "988lifeline.org", "www.nhs.uk", "e-mail", "x-ray", "co-occurring", "re-uptake", "anti-depressant",
        // Punctuation, quotes, apostrophes, dashes
        "don't", "it's", "O'Brien", "people's", "children’s", "‘quoted’", "“double”", "«guillemets»", "(brackets)",
        "[@cipriani2018]", "[1-5]", "end.", "...", "—", "–", "en–dash", "em—dash", "a—b", "--", "-", "---x---",
        "_", "__init__", "a_b", "_x_", "#hashtag", "@mention", "$100", "£5", "€10", "100°C", "½", "x²", "H₂O",
        // Non-ASCII letters, casing, invisible characters
        "café", "naïve", "Ünïcödé", "Straße", "ÆSIR", "Ørsted", "İstanbul", "ǅemal", "ﬁle", "ΣΑΣ", "ΌΣΟΣ", "ΑΣ.",
        "ΑΣ\u0345", "Σ", "ΑΣΑ", "a\u00ADb", "\uFEFFword", "word\uFEFF", "a\u0085b", "\u0085", "a\u00A0b", "a\u2009b",
        "a\u200Bb", "a\u2028b", "a\u180Eb", "a\u3000b", "a\tb\nc\rd\ve\ff", "ﬀ", "Ǆ", "ᾼ", "ẞ", "K", "Å",
        "𐐀𐐁𐐂", "😀", "😀ing", "x😀", "\uD800", "\uDC00x", "a\uD800b", "日本語", "中文-字", "한국어", "עברית", "العربية",
        // Stop words and near misses
        "a", "the", "The", "THE", "and", "able", "ables", "about", "across", "however", "tis", "twas", "wants", "want",
        "constructor", "toString", "__proto__", "hasOwnProperty", "valueOf", "prototype",
        // Porter examples (Martin Porter's paper and test vocabulary)
        "caresses", "ponies", "ties", "caress", "cats", "feed", "agreed", "disabled", "plastered", "bled", "motoring",
        "sing", "conflated", "troubled", "sized", "hopping", "tanned", "falling", "hissing", "fizzed", "failing",
        "filing", "happy", "sky", "relational", "conditional", "rational", "valenci", "hesitanci", "digitizer",
        "conformabli", "radicalli", "differentli", "vileli", "analogousli", "vietnamization", "predication",
        "operator", "feudalism", "decisiveness", "hopefulness", "callousness", "formaliti", "sensitiviti",
        "sensibiliti", "triplicate", "formative", "formalize", "electriciti", "electrical", "hopeful", "goodness",
        "revival", "allowance", "inference", "airliner", "gyroscopic", "adjustable", "defensible", "irritant",
        "replacement", "adjustment", "dependent", "adoption", "homologou", "communism", "activate", "angulariti",
        "homologous", "effective", "bowdlerize", "probate", "rate", "cease", "controll", "roll", "generalizations",
        "oscillators", "ational", "tional", "ization", "ement", "ment", "sses", "ies", "eed", "ed", "ing", "ion",
        "sion", "tion", "alli", "logi", "biliti",
        // Initial y and Y, and y as vowel or consonant
        "y", "ye", "yes", "yy", "yyy", "yield", "yielding", "youth", "yelling", "Yale", "y'all", "ys", "yies",
        "yeed", "ying", "yed", "yate", "sayings", "enjoying", "played", "daily", "fly", "flying", "boy", "boys",
        "syzygy", "rhythm", "crypt", "myth", "gym", "dye", "rye", "eye", "ayy", "aye",
        // Mental-health vocabulary
        "depression", "depressed", "depressive", "anxiety", "anxious", "serotonin", "serotonergic", "dopamine",
        "dopaminergic", "norepinephrine", "noradrenaline", "neurotransmitter", "neurotransmitters", "neuroplasticity",
        "antidepressants", "antipsychotics", "psychotherapy", "mindfulness", "meditation", "esketamine", "ketamine",
        "psilocybin", "psychedelic", "schizophrenia", "bipolar", "hyperactivity", "addiction", "traumatic",
        "oxytocin", "vasopressin", "glutamate", "glutamatergic", "gabaergic", "receptor", "receptors", "reuptake",
        "inhibitor", "inhibitors", "selective", "evidence", "established", "emerging", "investigational",
        "meta-analysis", "meta-analyses", "randomised", "randomized", "placebo-controlled", "guidelines",
    ];

    private static readonly string[] Fragments =
    [
        "a", "e", "i", "o", "u", "y", "Y", "s", "l", "z", "w", "x", "t", "b", "c", "d", "n", "g", "r", "m", "p", "h",
        "ss", "ies", "eed", "ed", "ing", "at", "bl", "iz", "ll", "ational", "tional", "enci", "anci", "izer", "bli",
        "alli", "entli", "eli", "ousli", "ization", "ation", "ator", "alism", "iveness", "fulness", "ousness", "aliti",
        "iviti", "biliti", "logi", "icate", "ative", "alize", "iciti", "ical", "ful", "ness", "al", "ance", "ence",
        "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ou", "ism", "ate", "iti", "ous", "ive", "ize",
        "sion", "tion", "e", "é", "'", ".", "_", "1", "9",
    ];

    /// <summary>Deterministic random words built from stemmer suffixes and character-class representatives.</summary>
    public static IEnumerable<string> Generated(int count, int seed)
    {
        var random = new Random(seed);
        var sb = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            sb.Clear();
            int parts = random.Next(1, 6);
            for (int p = 0; p < parts; p++) sb.Append(Fragments[random.Next(Fragments.Length)]);
            yield return sb.ToString();
        }
    }
}
