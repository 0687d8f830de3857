using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Synapse.Build;
using Synapse.Site;

namespace Synapse.Tests.TestSupport;

/// <summary>The output folder of one build, with its HTML pages parsed once by AngleSharp.</summary>
internal sealed class BuiltSite
{
    private static readonly HtmlParser Parser = new();
    private readonly Dictionary<string, IDocument> _documents = new(StringComparer.Ordinal);

    public BuiltSite(string output, BuildResult result)
    {
        Output = output;
        Result = result;
        foreach (var file in Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories))
            _documents[Relative(file)] = Parser.ParseDocument(File.ReadAllText(file));
    }

    public string Output { get; }
    public BuildResult Result { get; }

    /// <summary>Every HTML file by output-relative path (e.g. "treatments/exercise/index.html").</summary>
    public IReadOnlyDictionary<string, IDocument> Html => _documents;

    /// <summary>HTML files that are redirect stubs (meta refresh) rather than pages.</summary>
    public IEnumerable<string> RedirectStubs =>
        _documents.Where(d => d.Value.QuerySelector("meta[http-equiv='refresh']") is not null).Select(d => d.Key);

    /// <summary>Embed views (/embed/…): whole documents made for other sites' frames, without the site's header and footer.</summary>
    public static bool IsEmbedView(string relativePath) => relativePath.StartsWith("embed/", StringComparison.Ordinal);

    /// <summary>Every real page: HTML files minus redirect stubs and embed views.</summary>
    public IEnumerable<KeyValuePair<string, IDocument>> Pages
    {
        get
        {
            var stubs = RedirectStubs.ToHashSet(StringComparer.Ordinal);
            return _documents.Where(d => !stubs.Contains(d.Key) && !IsEmbedView(d.Key)).OrderBy(d => d.Key, StringComparer.Ordinal);
        }
    }

    public IDocument Page(string relativePath) =>
        _documents.TryGetValue(relativePath, out var doc) ? doc : throw new Xunit.Sdk.XunitException($"No page {relativePath} in the output; pages: {string.Join(", ", _documents.Keys.Order())}");

    public string ReadText(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    public bool Exists(string relativePath) => File.Exists(Path.Combine(Output, relativePath));

    private string Relative(string full) => Path.GetRelativePath(Output, full).Replace('\\', '/');

    /// <summary>Text a screen reader announces for an element: its text without aria-hidden parts.</summary>
    public static string AccessibleText(INode node)
    {
        if (node is IElement e && e.GetAttribute("aria-hidden") == "true") return "";
        if (node.NodeType == NodeType.Text) return node.TextContent;
        return string.Concat(node.ChildNodes.Select(AccessibleText));
    }
}
