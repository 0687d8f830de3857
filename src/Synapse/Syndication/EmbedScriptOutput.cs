using Synapse.IO;
using Synapse.Output;

namespace Synapse.Syndication;

/// <summary>
/// <c>/embed.js</c>, the loader clinics paste into their pages: a copy of <c>assets/embed.js</c> at the site root, so the
/// snippet's URL stays short and stable. input/assets/embed.js overrides the theme's, as for every asset.
/// </summary>
internal static class EmbedScriptOutput
{
    /// <summary>Size limit for the loader: it runs on other people's pages.</summary>
    public const int MaxBytes = 5 * 1024;

    public static IEnumerable<OutputFile> Produce(SitePaths paths)
    {
        var fromInput = Path.Combine(paths.Input, "assets", "embed.js");
        var fromTheme = Path.Combine(paths.ThemeAssets, "embed.js");
        var source = File.Exists(fromInput) ? fromInput : File.Exists(fromTheme) ? fromTheme : null;
        if (source is not null) yield return new OutputFile(Syndication.ScriptPath, CopyFrom: source);
    }
}
