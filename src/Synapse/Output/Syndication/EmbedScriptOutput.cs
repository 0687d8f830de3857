using Synapse.Site;

namespace Synapse.Output.Syndication;

/// <summary>
/// <c>/embed.js</c>, the loader clinics paste into their pages: a copy of <c>assets/embed.js</c> at the site root, so the
/// snippet's URL stays short and stable. input/assets/embed.js overrides the theme's, as for every asset.
/// </summary>
internal sealed class EmbedScriptOutput : IOutput
{
    public string Name => "embed-script";

    /// <summary>Size limit for the loader: it runs on other people's pages.</summary>
    public const int MaxBytes = 5 * 1024;

    public IEnumerable<OutputFile> Produce(OutputContext context)
    {
        var paths = context.Paths;
        var fromInput = Path.Combine(paths.Input, "assets", "embed.js");
        var fromTheme = Path.Combine(paths.ThemeAssets, "embed.js");
        var source = File.Exists(fromInput) ? fromInput : File.Exists(fromTheme) ? fromTheme : null;
        if (source is not null) yield return new OutputFile(SyndicationPaths.Script, CopyFrom: source);
    }
}
