using System.Text.RegularExpressions;
using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Architecture;

/// <summary>
/// Text goes into HTML and XML through one escaper, Synapse.Html.HtmlText.Escape: the framework's escapers
/// (WebUtility.HtmlEncode, HttpUtility.HtmlEncode, SecurityElement.Escape) differ from it and from each other in what
/// they escape, so none of them is called anywhere under src/. The layouts' template engine keeps its own encoder.
/// </summary>
public sealed partial class OneEscaperTests
{
    private static readonly string Source = Path.Combine(RepoPaths.Root, "src");

    /// <summary>Each call of another escaper as "file:line: code", with paths relative to <paramref name="root"/>.</summary>
    private static List<string> OtherEscapers(string root) =>
        Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal)
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .Where(x => OtherEscaper().IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(root, x.file)}:{x.number}: {x.line.Trim()}")
            .ToList();

    [Fact]
    public void No_source_file_calls_another_html_or_xml_escaper()
    {
        var found = OtherEscapers(Source);
        Assert.True(found.Count == 0, "Use Synapse.Html.HtmlText.Escape instead of:\n" + string.Join("\n", found));
    }

    [Fact]
    public void The_scan_finds_each_other_escaper_however_it_is_qualified()
    {
        using var temp = new TempFolder();
        temp.Write("A/One.cs", "class One { string a = System.Net.WebUtility.HtmlEncode(x); }\n");
        temp.Write("B/Two.cs", "class Two {\n  string b = SecurityElement.Escape(y);\n  string c = HttpUtility.HtmlAttributeEncode(z);\n}\n");
        temp.Write("C/Three.cs", "using static System.Net.WebUtility;\nclass Three { string d = HtmlEncode(x); }\n");
        temp.Write("D/Four.cs", "class Four { string e = HtmlText.Escape(x); string f = Uri.EscapeDataString(y); object g = HtmlEncoder.Default; }\n");
        temp.Write("obj/Generated.cs", "class G { string h = WebUtility.HtmlEncode(x); }\n");

        Assert.Equal(
            [
                $"A{Path.DirectorySeparatorChar}One.cs:1: class One {{ string a = System.Net.WebUtility.HtmlEncode(x); }}",
                $"B{Path.DirectorySeparatorChar}Two.cs:2: string b = SecurityElement.Escape(y);",
                $"B{Path.DirectorySeparatorChar}Two.cs:3: string c = HttpUtility.HtmlAttributeEncode(z);",
                $"C{Path.DirectorySeparatorChar}Three.cs:2: class Three {{ string d = HtmlEncode(x); }}",
            ],
            OtherEscapers(temp.Path));
    }

    [GeneratedRegex(@"\bHtml(?:Attribute)?Encode\s*\(|\bSecurityElement\s*\.\s*Escape\b")]
    private static partial Regex OtherEscaper();
}
