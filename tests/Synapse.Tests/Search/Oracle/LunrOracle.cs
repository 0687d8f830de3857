namespace Synapse.Tests.Search.Oracle;

/// <summary>
/// lunr.js 2.3.9 itself, run by Node through the scripts of tests/oracle (and happy-dom for search.js).
/// Installs the oracle's node_modules with <c>npm ci</c> on first use. Throws (never skips) when node or npm is missing.
/// </summary>
internal static class LunrOracle
{
    private const string Hint = "The search tests compare against lunr.js: install Node.js 20+ with npm.";

    private static readonly Lazy<string> Node = new(() =>
    {
        string node = ExternalTool.Find("node", "SYNAPSE_NODE", Hint);
        string dir = RepoPaths.Combine("tests", "oracle");
        if (!File.Exists(Path.Combine(dir, "node_modules", "lunr", "lunr.js")) ||
            !File.Exists(Path.Combine(dir, "node_modules", "happy-dom", "package.json")))
        {
            string npm = ExternalTool.Find("npm", "SYNAPSE_NPM", Hint);
            ExternalTool.Run(npm, ["ci", "--no-audit", "--no-fund"], dir);
        }
        return node;
    });

    /// <summary>Sends one request (see build-index.js) and returns lunr's JSON answer.</summary>
    public static string Run(string requestJson) => RunScript("build-index.js", [], requestJson);

    /// <summary>Runs a script of tests/oracle with the given arguments and stdin; returns its stdout.</summary>
    public static string RunScript(string script, IEnumerable<string> arguments, string stdin) =>
        ExternalTool.Run(Node.Value, [script, .. arguments], RepoPaths.Combine("tests", "oracle"), stdin);

    /// <summary>tests/oracle/node_modules/lunr, installed if needed.</summary>
    public static string PackageDirectory
    {
        get
        {
            _ = Node.Value; // runs npm ci when node_modules is missing
            return RepoPaths.Combine("tests", "oracle", "node_modules", "lunr");
        }
    }

    /// <summary>The Unicode version of Node's ICU (process.versions.unicode).</summary>
    public static Version UnicodeVersion => new(
        ExternalTool.Run(Node.Value, ["-p", "process.versions.unicode"], RepoPaths.Combine("tests", "oracle")).Trim());
}
