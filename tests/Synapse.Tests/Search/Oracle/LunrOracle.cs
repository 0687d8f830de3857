namespace Synapse.Tests.Search.Oracle;

/// <summary>
/// lunr.js 2.3.9 itself, run by Node through tests/oracle/build-index.js. Installs the oracle's
/// node_modules with <c>npm ci</c> on first use. Throws (never skips) when node or npm is missing.
/// </summary>
internal static class LunrOracle
{
    private const string Hint = "The search tests compare against lunr.js: install Node.js 20+ with npm.";

    private static readonly Lazy<string> Node = new(() =>
    {
        string node = ExternalTool.Find("node", "SYNAPSE_NODE", Hint);
        string dir = RepoPaths.Combine("tests", "oracle");
        if (!File.Exists(Path.Combine(dir, "node_modules", "lunr", "lunr.js")))
        {
            string npm = ExternalTool.Find("npm", "SYNAPSE_NPM", Hint);
            ExternalTool.Run(npm, ["ci", "--no-audit", "--no-fund"], dir);
        }
        return node;
    });

    /// <summary>Sends one request (see build-index.js) and returns lunr's JSON answer.</summary>
    public static string Run(string requestJson) =>
        ExternalTool.Run(Node.Value, ["build-index.js"], RepoPaths.Combine("tests", "oracle"), requestJson);

    /// <summary>The Unicode version of Node's ICU (process.versions.unicode).</summary>
    public static Version UnicodeVersion => new(
        ExternalTool.Run(Node.Value, ["-p", "process.versions.unicode"], RepoPaths.Combine("tests", "oracle")).Trim());
}
