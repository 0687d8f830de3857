using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Synapse.Tests.TestSupport;
using Synapse.Verify;
using YamlDotNet.RepresentationModel;

namespace Synapse.Tests.Repository;

/// <summary>
/// This repository's site built the way the deploy job of .github/workflows/site.yml builds it — its own command and
/// environment, with what actions/configure-pages gives a project site (origin https://example.github.io, base path
/// /synapse) in place of the step outputs — into a temp folder, once for the tests of <see cref="PagesDeployTests"/>.
/// </summary>
public sealed class DeployedSite : IDisposable
{
    /// <summary>What actions/configure-pages outputs for the repository "synapse" of the account "example".</summary>
    public static readonly IReadOnlyDictionary<string, string> PagesOutputs = new Dictionary<string, string>
    {
        ["origin"] = "https://example.github.io",
        ["base_path"] = "/synapse",
    };

    private readonly TempFolder _temp = new();

    public DeployedSite()
    {
        var job = (YamlMappingNode)((YamlMappingNode)LoadWorkflow()["jobs"])["deploy"];
        var steps = ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>().ToList();
        PagesStepId = Scalar(steps.Single(s => Scalar(s, "uses") == "actions/configure-pages@v5"), "id")!;
        var build = steps.Single(s => Scalar(s, "run")?.Contains(" build ", StringComparison.Ordinal) == true);
        UploadedPath = Scalar(((YamlMappingNode)steps.Single(s => Scalar(s, "uses") == "actions/upload-pages-artifact@v3")["with"]), "path")!;
        Environment = build.Children.TryGetValue(new YamlScalarNode("env"), out var env)
            ? ((YamlMappingNode)env).Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => Substitute(((YamlScalarNode)e.Value).Value!))
            : [];
        Command = Words(Substitute(Scalar(build, "run")!));

        // The step runs `dotnet run --project src/Synapse … -- <arguments>`; the tests run the built generator with those arguments.
        var arguments = Command.Skip(Command.IndexOf("--") + 1).ToList();
        var output = arguments.IndexOf("--output") + 1;
        Output = _temp.Combine("_site");
        BuiltInto = arguments[output];
        arguments[output] = Output;
        CommandBasePath = arguments.IndexOf("--base-path") is var at and >= 0 ? arguments[at + 1] : null;
        (ExitCode, Printed) = Run(arguments);
    }

    public string PagesStepId { get; }
    public IReadOnlyDictionary<string, string> Environment { get; }
    /// <summary>The deploy step's command, with the step outputs in place of their expressions, as words.</summary>
    public List<string> Command { get; }
    /// <summary>The folder the deploy step builds into (before the test puts its temp folder in its place), and the folder it uploads.</summary>
    public string BuiltInto { get; }
    public string UploadedPath { get; }
    /// <summary>The --base-path the deploy step passes, and the origin it gives the build (SYNAPSE_BASE_URL); null when it passes none.</summary>
    public string? CommandBasePath { get; }
    public string? CommandOrigin => Environment.GetValueOrDefault("SYNAPSE_BASE_URL");
    /// <summary>Where GitHub Pages serves the upload: the configure-pages origin and base path (with its closing slash).</summary>
    public string Origin { get; } = PagesOutputs["origin"];
    public string BasePath { get; } = PagesOutputs["base_path"] + "/";
    public string Output { get; }
    public int ExitCode { get; }
    public string Printed { get; }

    private static YamlMappingNode LoadWorkflow()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(RepoPaths.Root, ".github", "workflows", "site.yml"));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    /// <summary>Replaces <c>${{ steps.&lt;pages&gt;.outputs.X }}</c> with <see cref="PagesOutputs"/>; any other expression fails the test.</summary>
    private string Substitute(string text) =>
        Regex.Replace(text, @"\$\{\{\s*([^}]*?)\s*\}\}", m =>
        {
            var expression = m.Groups[1].Value;
            var prefix = $"steps.{PagesStepId}.outputs.";
            Assert.True(expression.StartsWith(prefix, StringComparison.Ordinal) && PagesOutputs.ContainsKey(expression[prefix.Length..]),
                $"The deploy step uses '{expression}', which this test does not know how to stand in for.");
            return PagesOutputs[expression[prefix.Length..]];
        });

    /// <summary>Splits a shell command into words, honouring double quotes.</summary>
    private static List<string> Words(string command) =>
        Regex.Matches(command, @"""([^""]*)""|(\S+)").Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).ToList();

    private (int Code, string Printed) Run(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Synapse.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment.Remove("SYNAPSE_BASE_PATH");
        foreach (var (name, value) in Environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(300_000), "the deploy build did not finish in 300 s");
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    public void Dispose() => _temp.Dispose();
}

/// <summary>
/// The deployed site works under its GitHub Pages address: every link, asset, fragment, search file and embed URL of
/// every file resolves to a file of the upload (as GitHub Pages serves it: a folder's index.html, a path without a
/// trailing slash redirected to its folder), and nothing refers to the root "/" outside the base path.
/// </summary>
public sealed partial class PagesDeployTests(DeployedSite site) : IClassFixture<DeployedSite>
{
    private static readonly HtmlParser Parser = new();
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "poster", "data", "cite"];
    private static readonly string[] HostFiles = ["_headers", "_redirects"];

    private readonly Lazy<Dictionary<string, IDocument>> _pages = new(() =>
        Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .ToDictionary(f => Relative(site.Output, f), f => (IDocument)Parser.ParseDocument(File.ReadAllText(f)), StringComparer.Ordinal));

    private Dictionary<string, IDocument> Pages => _pages.Value;

    private static string Relative(string folder, string file) => Path.GetRelativePath(folder, file).Replace('\\', '/');

    /// <summary>The output file GitHub Pages serves for a URL path, or null when the path is outside the base path or nothing is there.</summary>
    private string? Served(string urlPath)
    {
        var path = SitePath.FromUrlPath(urlPath, site.BasePath);
        if (path is null) return null;
        if (path.Length == 0 || path.EndsWith('/')) path += "index.html";
        if (File.Exists(Path.Combine(site.Output, path))) return path;
        return File.Exists(Path.Combine(site.Output, path, "index.html")) ? path + "/index.html" : null;
    }

    /// <summary>What is wrong with a URL on the site's origin, or null: outside the base path, nothing served, or a missing #fragment.</summary>
    private string? Problem(Uri url)
    {
        if (!url.AbsolutePath.StartsWith(site.BasePath, StringComparison.Ordinal) && url.AbsolutePath + "/" != site.BasePath) return "outside the base path";
        if (Served(url.AbsolutePath) is not { } file) return "nothing is served there";
        var fragment = Uri.UnescapeDataString(url.Fragment.TrimStart('#'));
        if (fragment.Length > 0 && Pages.TryGetValue(file, out var page) && page.GetElementById(fragment) is null && page.QuerySelector($"a[name='{fragment}']") is null)
            return $"{file} has no element with id \"{fragment}\"";
        return null;
    }

    private bool OnOrigin(Uri url) => url.GetLeftPart(UriPartial.Authority) == site.Origin;

    private Uri PageUrl(string file) => new(site.Origin + site.BasePath + (file.EndsWith("index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file));

    /// <summary>Every URL an element's attributes load or link to, as written (srcset candidates and meta refresh targets included).</summary>
    private static IEnumerable<(string Attribute, string Value)> UrlsOf(IElement element)
    {
        foreach (var name in UrlAttributes)
            if (element.GetAttribute(name) is { Length: > 0 } value) yield return (name, value.Trim());
        if (element.GetAttribute("srcset") is { } srcset)
            foreach (var candidate in srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                yield return ("srcset", candidate.Split(' ')[0]);
        if (element.LocalName == "meta" && element.GetAttribute("http-equiv")?.ToLowerInvariant() == "refresh"
            && element.GetAttribute("content") is { } refresh && refresh.IndexOf("url=", StringComparison.OrdinalIgnoreCase) is var at and >= 0)
            yield return ("content", refresh[(at + 4)..].Trim());
    }

    [Fact]
    public void The_deploy_step_builds_the_folder_it_uploads_with_the_pages_origin_and_base_path()
    {
        Assert.Equal(site.UploadedPath, site.BuiltInto);
        Assert.Equal(["dotnet", "run", "--project", "src/Synapse"], site.Command.Take(4));
        Assert.Equal(site.Origin, site.CommandOrigin);
        Assert.Equal(site.BasePath, site.CommandBasePath);
        Assert.True(site.ExitCode == 0, site.Printed);
        Assert.Contains("0 errors", site.Printed);

        var home = Pages["index.html"];
        Assert.Equal("https://example.github.io/synapse/", home.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.True(Pages.Count > 100, $"only {Pages.Count} HTML files");
    }

    [Fact]
    public void Every_link_asset_and_fragment_of_every_page_resolves_under_the_base_path()
    {
        var problems = new List<string>();
        var internalUrls = 0;
        foreach (var (file, page) in Pages)
        {
            var pageUrl = PageUrl(file);
            foreach (var element in page.All)
                foreach (var (attribute, value) in UrlsOf(element))
                {
                    if (!Uri.TryCreate(pageUrl, value, out var url) || !OnOrigin(url)) continue;
                    internalUrls++;
                    if (Problem(url) is { } problem) problems.Add($"{file}: <{element.LocalName} {attribute}=\"{value}\">: {problem}");
                }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} broken:\n" + string.Join("\n", problems.Take(50)));
        Assert.True(internalUrls > 5000, $"only {internalUrls} internal URLs checked");
    }

    [Fact]
    public void Every_page_the_sitemap_lists_is_served_under_the_base_path()
    {
        var pages = Sitemap.Read(site.Output, site.BasePath);

        Assert.NotNull(pages);
        Assert.True(pages.Count > 30);
        Assert.All(pages, page => Assert.NotNull(Served(site.BasePath + page)));
    }

    [Fact]
    public void Every_address_on_the_pages_origin_in_every_file_is_under_the_base_path_and_resolves()
    {
        var problems = new List<string>();
        var checkedCount = 0;
        foreach (var file in Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).Select(f => Relative(site.Output, f)))
        {
            foreach (var text in TextsOf(file))
                foreach (Match m in OriginAddress().Matches(text))
                {
                    if (!m.Value.StartsWith(site.Origin + "/", StringComparison.Ordinal) && m.Value != site.Origin) continue;
                    // "…/api/articles/<section>/<article>.json" in prose is a pattern with placeholders, not an address.
                    if (m.Index + m.Length < text.Length && text[m.Index + m.Length] == '<') continue;
                    checkedCount++;
                    if (Problem(new Uri(m.Value.TrimEnd('.'))) is { } problem) problems.Add($"{file}: {m.Value}: {problem}");
                }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} broken:\n" + string.Join("\n", problems.Distinct().Take(50)));
        Assert.True(checkedCount > 3000, $"only {checkedCount} absolute addresses checked");
    }

    /// <summary>The texts of a file in which addresses may appear, decoded: HTML attributes and text (JSON-LD, snippets), JSON strings, XML attributes and text, other text as it is.</summary>
    private IEnumerable<string> TextsOf(string file)
    {
        var full = Path.Combine(site.Output, file);
        switch (Path.GetExtension(file))
        {
            case ".gz" or ".br":
                return []; // compressed copies of files checked as they are
            case ".html":
                var page = Pages[file];
                return page.All.SelectMany(e => e.Attributes.Select(a => a.Value))
                    .Concat(page.All.SelectMany(e => e.ChildNodes.OfType<IText>()).Select(t => t.Data));
            case ".json":
                using (var json = JsonDocument.Parse(File.ReadAllText(full)))
                    return Strings(json.RootElement).ToList();
            case ".xml":
                var xml = XDocument.Load(full);
                return xml.Descendants().SelectMany(e => e.Attributes().Select(a => a.Value).Append(string.Concat(e.Nodes().OfType<XText>().Select(t => t.Value))));
            default:
                return [File.ReadAllText(full)];
        }
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    [Fact]
    public void The_search_form_and_every_search_file_the_script_fetches_are_under_the_base_path()
    {
        var forms = Pages["index.html"].QuerySelectorAll("form[data-search]");
        Assert.NotEmpty(forms);
        // search.js builds every address from the form's data-base: base + "search-index/…", "assets/lunr.js", document URLs.
        Assert.All(forms, f => Assert.Equal(site.BasePath, f.GetAttribute("data-base")));
        var searchBase = new Uri(site.Origin + site.BasePath);
        string? Fetch(string relative) => Problem(new Uri(searchBase, relative));

        using var meta = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Output, "search-index", "meta.json")));
        var root = meta.RootElement;
        var wanted = new List<string> { "assets/lunr.js", "search/", "search-index/meta.json", "search-index/words.json" };
        wanted.AddRange(Enumerable.Range(0, root.GetProperty("blocks").GetArrayLength()).Select(k => $"search-index/w/{k}.json"));
        wanted.AddRange(Enumerable.Range(0, root.GetProperty("rests").GetInt32()).Select(h => $"search-index/r/{h}.json"));
        wanted.AddRange(Enumerable.Range(0, root.GetProperty("shards").GetArrayLength()).Select(n => $"search-index/t/{n}.json"));
        var documents = Enumerable.Range(0, root.GetProperty("docs").GetInt32()).Select(d => $"search-index/d/{d}.json").ToList();
        wanted.AddRange(documents);
        // Each result links to base + its document's URL; each section filter to base + the section's URL.
        wanted.AddRange(documents.Select(d => JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Output, d))).RootElement[0].GetString()!));
        wanted.AddRange(root.GetProperty("sections").EnumerateArray().Select(s => s[1].GetString()!));

        var problems = wanted.Select(w => (w, Problem: Fetch(w))).Where(x => x.Problem is not null).Select(x => $"{x.w}: {x.Problem}").ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(documents.Count > 30);
    }

    [Fact]
    public void Every_embed_snippet_and_oembed_frame_loads_an_embed_view_under_the_base_path()
    {
        var problems = new List<string>();
        var snippets = 0;
        foreach (var (file, page) in Pages)
            foreach (var snippet in page.QuerySelectorAll("textarea.embed-snippet, [data-embed-builder] textarea"))
            {
                snippets++;
                var pasted = Parser.ParseDocument(snippet.TextContent);
                var script = pasted.QuerySelector("script[src]")?.GetAttribute("src");
                var id = pasted.QuerySelector("[data-synapse-embed]")?.GetAttribute("data-synapse-embed");
                if (script is null || id is null) { problems.Add($"{file}: the snippet has no script or no embed id"); continue; }
                // embed.js loads base + "embed/<id>/", where base is the folder of its own URL.
                var scriptUrl = new Uri(script);
                foreach (var url in new[] { scriptUrl, new Uri(scriptUrl, $"embed/{id}/") })
                    if ((OnOrigin(url) ? Problem(url) : "another host") is { } problem) problems.Add($"{file}: {url}: {problem}");
            }

        var oembeds = Directory.EnumerateFiles(Path.Combine(site.Output, "oembed"), "*.json", SearchOption.AllDirectories).ToList();
        foreach (var file in oembeds)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            var frame = Parser.ParseDocument(json.RootElement.GetProperty("html").GetString()!).QuerySelector("iframe")?.GetAttribute("src");
            if ((frame is null ? "no iframe" : Problem(new Uri(frame))) is { } problem) problems.Add($"{Relative(site.Output, file)}: {frame}: {problem}");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(snippets > 30, $"only {snippets} embed snippets");
        Assert.Equal(snippets, oembeds.Count);
    }

    [Fact]
    public void No_page_stylesheet_or_host_file_refers_to_a_root_path_outside_the_base_path()
    {
        var problems = new List<string>();
        foreach (var (file, page) in Pages)
            foreach (var element in page.All)
                foreach (var attribute in element.Attributes)
                {
                    var values = attribute.Name == "srcset" ? attribute.Value.Split(',').Select(c => c.Trim().Split(' ')[0])
                        : attribute.Name == "content" && element.GetAttribute("http-equiv") is not null ? [attribute.Value[(attribute.Value.IndexOf('=') + 1)..]]
                        : [attribute.Value.Trim()];
                    foreach (var value in values.Where(IsRootPath).Where(v => !v.StartsWith(site.BasePath, StringComparison.Ordinal)))
                        problems.Add($"{file}: <{element.LocalName} {attribute.Name}=\"{value}\">");
                }

        foreach (var css in Directory.EnumerateFiles(site.Output, "*.css", SearchOption.AllDirectories))
            foreach (Match m in CssUrl().Matches(File.ReadAllText(css)))
                if (IsRootPath(m.Groups[1].Value) && !m.Groups[1].Value.StartsWith(site.BasePath, StringComparison.Ordinal))
                    problems.Add($"{Relative(site.Output, css)}: url({m.Groups[1].Value})");

        // Host files: header rules (_headers) and redirects (_redirects) name paths of this site.
        foreach (var name in HostFiles.Where(n => File.Exists(Path.Combine(site.Output, n))))
            foreach (var line in File.ReadAllLines(Path.Combine(site.Output, name)).Where(l => l.StartsWith('/')))
                foreach (var path in line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(IsRootPath).Take(name == "_redirects" ? 2 : 1))
                    if (!path.StartsWith(site.BasePath, StringComparison.Ordinal)) problems.Add($"{name}: {line}");

        Assert.True(problems.Count == 0, $"{problems.Count} references outside {site.BasePath}:\n" + string.Join("\n", problems.Distinct().Take(50)));
    }

    private static bool IsRootPath(string value) => value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal);

    /// <summary>An absolute http(s) address, up to a character no address of this site holds.</summary>
    [GeneratedRegex(@"https?://[^\s""'<>()\\,;]+")]
    private static partial Regex OriginAddress();

    [GeneratedRegex(@"url\(\s*['""]?([^'"")\s]+)")]
    private static partial Regex CssUrl();
}
