using System.Text.RegularExpressions;

namespace Synapse.Tests.Search.Lunr;

/// <summary>
/// lunr 2.3.9's stemmer transliterated line by line, regular expressions included, as a second
/// reference for the hand-written port. JavaScript's <c>$</c> (no m flag) is <c>\z</c> here, and
/// JavaScript's <c>.</c> excludes line terminators, which test words do not contain.
/// </summary>
internal static class RegexPorterStemmer
{
    private static readonly Dictionary<string, string> Step2List = new()
    {
        ["ational"] = "ate", ["tional"] = "tion", ["enci"] = "ence", ["anci"] = "ance", ["izer"] = "ize",
        ["bli"] = "ble", ["alli"] = "al", ["entli"] = "ent", ["eli"] = "e", ["ousli"] = "ous", ["ization"] = "ize",
        ["ation"] = "ate", ["ator"] = "ate", ["alism"] = "al", ["iveness"] = "ive", ["fulness"] = "ful",
        ["ousness"] = "ous", ["aliti"] = "al", ["iviti"] = "ive", ["biliti"] = "ble", ["logi"] = "log",
    };

    private static readonly Dictionary<string, string> Step3List = new()
    {
        ["icate"] = "ic", ["ative"] = "", ["alize"] = "al", ["iciti"] = "ic", ["ical"] = "ic", ["ful"] = "", ["ness"] = "",
    };

    // lunr.js's names: c and v for one consonant or vowel, C and V for a run of them.
#pragma warning disable IDE1006
    private const string c = "[^aeiou]";
    private const string v = "[aeiouy]";
#pragma warning restore IDE1006
    private const string C = c + "[^aeiouy]*";
    private const string V = v + "[aeiou]*";

    private static readonly Regex ReMgr0 = new("^(" + C + ")?" + V + C);
    private static readonly Regex ReMgr1 = new("^(" + C + ")?" + V + C + V + C);
    private static readonly Regex ReMeq1 = new("^(" + C + ")?" + V + C + "(" + V + @")?\z");
    private static readonly Regex ReSv = new("^(" + C + ")?" + v);
    private static readonly Regex Re1a = new(@"^(.+?)(ss|i)es\z");
    private static readonly Regex Re21a = new(@"^(.+?)([^s])s\z");
    private static readonly Regex Re1b = new(@"^(.+?)eed\z");
    private static readonly Regex Re21b = new(@"^(.+?)(ed|ing)\z");
    private static readonly Regex Re1b2 = new(@".\z");
    private static readonly Regex Re21b2 = new(@"(at|bl|iz)\z");
    private static readonly Regex Re31b2 = new(@"([^aeiouylsz])\1\z");
    private static readonly Regex Re41b2 = new("^" + C + v + @"[^aeiouwxy]\z");
    private static readonly Regex Re1c = new(@"^(.+?[^aeiou])y\z");
    private static readonly Regex Re2 = new(@"^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)\z");
    private static readonly Regex Re3 = new(@"^(.+?)(icate|ative|alize|iciti|ical|ful|ness)\z");
    private static readonly Regex Re4 = new(@"^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)\z");
    private static readonly Regex Re24 = new(@"^(.+?)(s|t)(ion)\z");
    private static readonly Regex Re5 = new(@"^(.+?)e\z");
    private static readonly Regex Re51 = new(@"ll\z");
    private static readonly Regex Re35 = new("^" + C + v + @"[^aeiouwxy]\z");

    public static string Stem(string w)
    {
        if (w.Length < 3) return w;
        string firstch = w[..1];
        if (firstch == "y") w = "Y" + w[1..];

        if (Re1a.IsMatch(w)) w = Re1a.Replace(w, "$1$2", 1);
        else if (Re21a.IsMatch(w)) w = Re21a.Replace(w, "$1$2", 1);

        if (Re1b.IsMatch(w))
        {
            var fp = Re1b.Match(w);
            if (ReMgr0.IsMatch(fp.Groups[1].Value)) w = Re1b2.Replace(w, "", 1);
        }
        else if (Re21b.IsMatch(w))
        {
            var fp = Re21b.Match(w);
            string stem = fp.Groups[1].Value;
            if (ReSv.IsMatch(stem))
            {
                w = stem;
                if (Re21b2.IsMatch(w)) w += "e";
                else if (Re31b2.IsMatch(w)) w = Re1b2.Replace(w, "", 1);
                else if (Re41b2.IsMatch(w)) w += "e";
            }
        }

        if (Re1c.IsMatch(w)) w = Re1c.Match(w).Groups[1].Value + "i";

        if (Re2.IsMatch(w))
        {
            var fp = Re2.Match(w);
            if (ReMgr0.IsMatch(fp.Groups[1].Value)) w = fp.Groups[1].Value + Step2List[fp.Groups[2].Value];
        }

        if (Re3.IsMatch(w))
        {
            var fp = Re3.Match(w);
            if (ReMgr0.IsMatch(fp.Groups[1].Value)) w = fp.Groups[1].Value + Step3List[fp.Groups[2].Value];
        }

        if (Re4.IsMatch(w))
        {
            var fp = Re4.Match(w);
            if (ReMgr1.IsMatch(fp.Groups[1].Value)) w = fp.Groups[1].Value;
        }
        else if (Re24.IsMatch(w))
        {
            var fp = Re24.Match(w);
            string stem = fp.Groups[1].Value + fp.Groups[2].Value;
            if (ReMgr1.IsMatch(stem)) w = stem;
        }

        if (Re5.IsMatch(w))
        {
            string stem = Re5.Match(w).Groups[1].Value;
            if (ReMgr1.IsMatch(stem) || (ReMeq1.IsMatch(stem) && !Re35.IsMatch(stem))) w = stem;
        }

        if (Re51.IsMatch(w) && ReMgr1.IsMatch(w)) w = Re1b2.Replace(w, "", 1);

        if (firstch == "y") w = "y" + w[1..];
        return w;
    }
}
