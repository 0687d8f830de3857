namespace Synapse.Tests.Syndication;

/// <summary>
/// A reader of the <c>_headers</c> format (Netlify, Cloudflare Pages) for tests: path lines, indented "Name: value" lines,
/// # comments. <see cref="For"/> gives every header of every rule that matches a path, the way both hosts match
/// (a trailing * matches any rest of the path; otherwise the path must be equal).
/// </summary>
internal sealed class HeadersFile
{
    private HeadersFile(IReadOnlyList<(string Pattern, List<(string Name, string Value)> Headers)> rules) => Rules = rules;

    public IReadOnlyList<(string Pattern, List<(string Name, string Value)> Headers)> Rules { get; }

    public static HeadersFile Parse(string text)
    {
        var rules = new List<(string, List<(string, string)>)>();
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')) continue;
            if (!char.IsWhiteSpace(line[0]))
            {
                Assert.True(line.StartsWith('/'), $"_headers line {lineNumber}: a rule's path must start with '/': {line}");
                Assert.True(!line.Contains('*') || line.EndsWith('*'), $"_headers line {lineNumber}: '*' only at the end: {line}");
                rules.Add((line.Trim(), []));
                continue;
            }
            Assert.True(rules.Count > 0, $"_headers line {lineNumber}: a header before any path");
            var colon = line.IndexOf(':');
            Assert.True(colon > 0, $"_headers line {lineNumber}: not 'Name: value': {line}");
            var name = line[..colon].Trim();
            Assert.Matches("^[A-Za-z0-9-]+$", name);
            rules[^1].Item2.Add((name, line[(colon + 1)..].Trim()));
        }
        return new HeadersFile(rules);
    }

    public static bool Matches(string pattern, string path) =>
        pattern.EndsWith('*') ? path.StartsWith(pattern[..^1], StringComparison.Ordinal) : pattern == path;

    public IReadOnlyList<(string Name, string Value)> For(string path) =>
        Rules.Where(r => Matches(r.Pattern, path)).SelectMany(r => r.Headers).ToList();
}
