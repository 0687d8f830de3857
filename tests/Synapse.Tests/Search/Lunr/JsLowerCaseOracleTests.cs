using System.Globalization;
using System.Text;
using Synapse.Search.Lunr;
using Synapse.Tests.Search.Oracle;

namespace Synapse.Tests.Search.Lunr;

public sealed class JsLowerCaseOracleTests
{
    [Theory]
    [InlineData("ABC", "abc")]
    [InlineData("İ", "i\u0307")]
    [InlineData("ΟΔΟΣ ΣΑΣ", "οδος σας")]
    [InlineData("ΑΣ\u0345", "ας\u0345")]
    [InlineData("Σ", "σ")]
    [InlineData("𐐀", "𐐨")]
    public void Lowercases_like_javascript(string text, string lower) => Assert.Equal(lower, JsLowerCase.ToLower(text));

    /// <summary>
    /// Each code point .NET's Unicode tables know, alone and in the two Final_Sigma contexts
    /// ("Α?Σ" tells whether it is cased or case-ignorable, "ΑΣ?" whether it is cased).
    /// </summary>
    [Fact]
    public void Every_code_point_lowercases_like_javascript()
    {
        var words = new List<string>();
        for (int cp = 0; cp <= 0x10FFFF; cp++)
        {
            if (cp is >= 0xD800 and <= 0xDFFF) continue;
            var category = CharUnicodeInfo.GetUnicodeCategory(cp);
            if (category is UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse) continue;
            string s = char.ConvertFromUtf32(cp);
            words.Add(s);
            words.Add("Α" + s + "Σ");
            words.Add("ΑΣ" + s);
        }
        string expected = LunrOracle.Run(OracleRequest.Words("lower", words));
        SameText.Assert(expected, OracleRequest.StringArray(words.Select(JsLowerCase.ToLower)), "toLowerCase");
    }

    [Fact]
    public void Ascii_text_without_capitals_is_returned_as_is()
    {
        const string text = "already lower case, 988.";
        Assert.Same(text, JsLowerCase.ToLower(text));
    }
}
