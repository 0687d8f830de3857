using System.Globalization;
using Synapse.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Synapse.Content;

/// <summary>Which keys a page must have; articles need more than stand-alone pages.</summary>
internal sealed record FrontMatterRules(IReadOnlyList<string> Required, bool RequiresEvidence, int ReviewCycleYears)
{
    public static FrontMatterRules Page(int cycle) => new(["title"], false, cycle);
    public static FrontMatterRules Article(bool treatment, int cycle) =>
        new(["title", "summary", "authors", "reviewer", "reviewed"], treatment, cycle);
}

/// <summary>Splits a source file into YAML front matter and body, and maps the YAML onto <see cref="FrontMatter"/>.</summary>
internal static class FrontMatterParser
{
    public const int SummaryMaxLength = 160;

    /// <summary>Canonical key for each accepted spelling (ours and Statiq's), compared case-insensitively.</summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["title"] = "title", ["summary"] = "summary", ["description"] = "summary", ["excerpt"] = "summary",
        ["tags"] = "tags", ["related"] = "related", ["authors"] = "authors", ["author"] = "authors",
        ["reviewer"] = "reviewer", ["reviewedby"] = "reviewer", ["reviewed"] = "reviewed", ["lastreviewed"] = "reviewed",
        ["next-review"] = "next-review", ["nextreview"] = "next-review", ["next_review"] = "next-review",
        ["published"] = "published", ["date"] = "published", ["updated"] = "updated",
        ["evidence"] = "evidence", ["crisis"] = "crisis", ["draft"] = "draft", ["excluded"] = "draft",
        ["order"] = "order", ["layout"] = "layout", ["xref"] = "xref", ["redirectfrom"] = "redirect-from",
        ["redirect-from"] = "redirect-from", ["includeinsitemap"] = "include-in-sitemap", ["include-in-sitemap"] = "include-in-sitemap",
    };

    /// <summary>Every front-matter key the parser understands, by its canonical spelling (documented in CONTRIBUTING.md).</summary>
    public static IReadOnlyList<string> CanonicalKeys { get; } = Aliases.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    public static ParsedSource? Parse(SourceFile file, FrontMatterRules rules, DiagnosticBag bag)
    {
        var text = file.Text;
        if (text.Trim().Length == 0)
        {
            bag.Error("content/empty", SourceLocation.FileOnly(file.Path), "The file is empty.",
                "Add front matter (run `synapse new <section> <slug>` for a template) and some content, or delete the file.");
            return null;
        }
        if (!StartsWithFence(text))
        {
            if (rules.Required.Count > 0)
                bag.Error("front-matter/missing", SourceLocation.FileOnly(file.Path), "The file has no front matter.",
                    "Start the file with a line '---', the YAML keys (title, summary, …), and another line '---'.");
            return null;
        }
        var (yaml, bodyStart, bodyLine) = Split(text);
        if (yaml is null)
        {
            bag.Error("front-matter/unclosed", SourceLocation.FileOnly(file.Path), "The front matter starts with '---' but is never closed.",
                "Add a line containing only '---' after the last front-matter key.");
            return null;
        }
        var meta = ParseYaml(file.Path, yaml, rules, bag);
        return meta is null ? null : new ParsedSource(file, meta, text[bodyStart..], bodyLine);
    }

    private static bool StartsWithFence(string text) =>
        text.StartsWith("---\n", StringComparison.Ordinal) || text.StartsWith("---\r\n", StringComparison.Ordinal);

    /// <summary>Returns the YAML text, the index where the body starts and the number of lines before the body.</summary>
    private static (string? Yaml, int BodyStart, int BodyLine) Split(string text)
    {
        var lineStart = text.IndexOf('\n') + 1;
        var line = 1;
        while (lineStart < text.Length)
        {
            var end = text.IndexOf('\n', lineStart);
            var lineEnd = end < 0 ? text.Length : end;
            var content = text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd('\r');
            line++;
            if (content is "---" or "...")
            {
                var yaml = text[(text.IndexOf('\n') + 1)..lineStart];
                return (yaml, end < 0 ? text.Length : end + 1, line);
            }
            if (end < 0) break;
            lineStart = end + 1;
        }
        return (null, 0, 0);
    }

    private static FrontMatter? ParseYaml(string path, string yaml, FrontMatterRules rules, DiagnosticBag bag)
    {
        YamlMappingNode? root;
        if (IO.InputLimits.YamlTooDeep(yaml) is { } deep)
        {
            bag.Error("front-matter/too-deep", new SourceLocation(path, deep.Line + 1, deep.Column), $"Front matter nests more than {IO.InputLimits.MaxYamlDepth} levels deep here.", "Flatten the structure: real front matter, glossary entries and references nest only a few levels.");
            return null;
        }
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            root = stream.Documents.Count == 0 ? new YamlMappingNode() : stream.Documents[0].RootNode as YamlMappingNode;
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            // YAML line 1 is line 2 of the file (after the opening '---').
            var (line, column) = YamlErrorPosition.Find(yaml, ex);
            bag.Error("front-matter/yaml", new SourceLocation(path, line + 1, Math.Max(1, column)), "Front matter is not valid YAML: " + YamlErrorPosition.Message(ex),
                "Check indentation (spaces, not tabs), colons and quotes on this line; close every '[' and '{'; quote values that contain ': ' or start with a special character.");
            return null;
        }
        if (root is null)
        {
            bag.Error("front-matter/not-mapping", new SourceLocation(path, 2, 1), "Front matter must be a list of 'key: value' lines.", "Write each setting as 'key: value'.");
            return null;
        }
        // Files are parsed in parallel: collect this file's problems apart, so that another file's error
        // cannot make this one look failed.
        var local = new DiagnosticBag();
        var meta = new FrontMatterMapper(path, rules, local).Map(root);
        foreach (var d in local.Sorted()) bag.Add(d);
        return meta;
    }

    private static string CleanYamlMessage(YamlException ex)
    {
        var message = ex.InnerException?.Message ?? ex.Message;
        var paren = message.IndexOf("): ", StringComparison.Ordinal);
        return paren > 0 && message.StartsWith('(') ? message[(paren + 3)..] : message;
    }

    /// <summary>Maps one YAML mapping onto a FrontMatter record, reporting type errors at the value's own position.</summary>
    private sealed class FrontMatterMapper(string path, FrontMatterRules rules, DiagnosticBag bag)
    {
        private readonly Dictionary<string, SourceLocation> _locations = new(StringComparer.Ordinal);

        // YAML marks are 1-based lines within the YAML text; the YAML starts on line 2 of the file.
        private SourceLocation At(YamlNode node) => new(path, (int)node.Start.Line + 1, (int)node.Start.Column);

        public FrontMatter? Map(YamlMappingNode root)
        {
            var meta = new FrontMatter();
            var extra = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var errorsBefore = bag.ErrorCount;
            foreach (var (keyNode, value) in root.Children)
            {
                var rawKey = (keyNode as YamlScalarNode)?.Value ?? "";
                if (!Aliases.TryGetValue(rawKey, out var key))
                {
                    bag.Warning("front-matter/unknown-key", At(keyNode), $"Unknown front-matter key '{rawKey}'.",
                        "Known keys: title, summary, tags, related, authors, reviewer, reviewed, next-review, evidence, crisis, draft, order, layout, xref, redirect-from.");
                    if (value is YamlScalarNode s) extra[rawKey] = s.Value ?? "";
                    continue;
                }
                if (_locations.ContainsKey(key))
                {
                    bag.Error("front-matter/duplicate-key", At(keyNode), $"'{rawKey}' sets '{key}' a second time.", "Keep one of the two lines.");
                    continue;
                }
                _locations[key] = At(value);
                meta = Apply(meta, key, value);
            }
            meta = meta with { KeyLocations = _locations };
            foreach (var required in rules.Required.Concat(rules.RequiresEvidence ? ["evidence"] : []))
                if (_locations.TryGetValue(required, out var at) && IsEmpty(meta, required))
                    bag.Error("front-matter/missing-key", at, $"Required front-matter key '{required}' is empty.", $"Give '{required}' a value.");
                else if (!_locations.ContainsKey(required))
                    bag.Error("front-matter/missing-key", new SourceLocation(path, 1, 1), $"Required front-matter key '{required}' is missing.",
                        required == "evidence" ? "Treatments need 'evidence: established | moderate | emerging | investigational'." : $"Add '{required}: …' between the '---' lines.");
            if (meta.Summary.Length > SummaryMaxLength)
                bag.Error("front-matter/summary-too-long", meta.LocationOf("summary", path), $"The summary has {meta.Summary.Length} characters; the limit is {SummaryMaxLength}.",
                    "Shorten it to one plain sentence: it is the meta description, the card text and the search result.");
            if (meta.Reviewed is { } reviewed && meta.NextReview is null)
                meta = meta with { NextReview = reviewed.AddYears(rules.ReviewCycleYears) };
            if (meta.Reviewed is { } r && meta.NextReview is { } n && n <= r)
                bag.Error("front-matter/review-order", meta.LocationOf("next-review", path), "next-review must be after reviewed.", "Set next-review to a later date (default: reviewed + 3 years).");
            if (bag.ErrorCount > errorsBefore) return null;
            return meta with { Extra = extra };
        }

        private static bool IsEmpty(FrontMatter m, string key) => key switch
        {
            "title" => m.Title.Length == 0,
            "summary" => m.Summary.Length == 0,
            "authors" => m.Authors.Count == 0,
            "reviewer" => m.Reviewer.Length == 0,
            _ => false,
        };

        private FrontMatter Apply(FrontMatter m, string key, YamlNode value) => key switch
        {
            "title" => m with { Title = Text(value, key) },
            "summary" => m with { Summary = Text(value, key) },
            "tags" => m with { Tags = List(value, key).Select(t => t.ToLowerInvariant()).ToList() },
            "related" => m with { Related = List(value, key) },
            "authors" => m with { Authors = List(value, key, allowScalar: true) },
            "reviewer" => m with { Reviewer = Text(value, key) },
            "reviewed" => m with { Reviewed = Date(value, key) },
            "next-review" => m with { NextReview = Date(value, key) },
            "published" => m with { Published = Date(value, key) },
            "updated" => m with { Updated = Date(value, key) },
            "evidence" => m with { Evidence = Evidence(value) },
            "crisis" => m with { Crisis = Bool(value, key) },
            "draft" => m with { Draft = Bool(value, key) },
            "order" => m with { Order = Int(value, key) },
            "layout" => m with { Layout = Text(value, key) },
            "xref" => m with { Xref = Text(value, key) },
            "redirect-from" => m with { RedirectFrom = List(value, key, allowScalar: true) },
            "include-in-sitemap" => m with { IncludeInSitemap = Bool(value, key) },
            _ => m,
        };

        private string Text(YamlNode node, string key)
        {
            if (node is YamlScalarNode { Value: { } v }) return v.Trim();
            TypeError(node, key, "a text value");
            return "";
        }

        private List<string> List(YamlNode node, string key, bool allowScalar = false)
        {
            if (node is YamlSequenceNode seq)
            {
                var items = new List<string>();
                foreach (var item in seq.Children)
                    if (item is YamlScalarNode { Value: { } v } && v.Trim().Length > 0) items.Add(v.Trim());
                    else TypeError(item, key, "a text item");
                return items;
            }
            if (allowScalar && node is YamlScalarNode { Value: { } one } && one.Trim().Length > 0) return [one.Trim()];
            if (node is YamlScalarNode { Value: null or "" }) return [];
            TypeError(node, key, "a list such as [a, b]");
            return [];
        }

        private DateOnly? Date(YamlNode node, string key)
        {
            var text = (node as YamlScalarNode)?.Value?.Trim();
            if (text is not null && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
            if (text is not null && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var dt) && text.Length >= 10 && text[4] == '-')
                return DateOnly.FromDateTime(dt);
            bag.Error("front-matter/bad-date", At(node), $"'{key}' must be a date, not '{text}'.", "Write dates as YYYY-MM-DD, for example 2026-11-26.");
            return null;
        }

        private bool Bool(YamlNode node, string key)
        {
            var text = (node as YamlScalarNode)?.Value?.Trim().ToLowerInvariant();
            if (text is "true" or "yes") return true;
            if (text is "false" or "no") return false;
            TypeError(node, key, "true or false");
            return false;
        }

        private int Int(YamlNode node, string key)
        {
            if (node is YamlScalarNode { Value: { } v } && int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i)) return i;
            TypeError(node, key, "a whole number");
            return 0;
        }

        private EvidenceLevel Evidence(YamlNode node)
        {
            var text = (node as YamlScalarNode)?.Value?.Trim() ?? "";
            if (Enum.TryParse<EvidenceLevel>(text, ignoreCase: true, out var level) && level != EvidenceLevel.None) return level;
            bag.Error("front-matter/bad-evidence", At(node), $"'{text}' is not an evidence level.", "Use one of: established, moderate, emerging, investigational.");
            return EvidenceLevel.None;
        }

        private void TypeError(YamlNode node, string key, string expected) =>
            bag.Error("front-matter/wrong-type", At(node), $"'{key}' must be {expected}.", $"Change the value of '{key}' to {expected}.");
    }
}
