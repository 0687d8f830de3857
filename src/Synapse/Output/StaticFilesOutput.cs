using Synapse.Diagnostics;
using Synapse.IO;

namespace Synapse.Output;

/// <summary>Theme assets (theme/assets/** → assets/**) and static files from input/, where input/ wins on the same path.</summary>
internal sealed class StaticFilesOutput : IOutput
{
    public string Name => "static-files";

    public IEnumerable<OutputFile> Produce(OutputContext context) =>
        Plan(context.Paths, Html.StaticFileSafety.Allowed(context.InputStaticFiles, context.Paths.Root, context.Settings.Passthrough, context.Diagnostics));

    public static IEnumerable<OutputFile> Plan(SitePaths paths, IEnumerable<string> inputStatics)
    {
        var plan = new Dictionary<string, OutputFile>(StringComparer.Ordinal);
        if (Directory.Exists(paths.ThemeAssets))
            foreach (var file in SiteFiles.Enumerate(paths.ThemeAssets, paths.Root, paths.FollowSymlinks))
            {
                var rel = "assets/" + Path.GetRelativePath(paths.ThemeAssets, file).Replace('\\', '/');
                plan[rel] = new OutputFile(rel, CopyFrom: file) { Source = SourceLocation.FileOnly(paths.Relative(file)) };
            }
        foreach (var file in inputStatics)
        {
            var rel = Path.GetRelativePath(paths.Input, file).Replace('\\', '/');
            plan[rel] = new OutputFile(rel, CopyFrom: file) { Source = SourceLocation.FileOnly(paths.Relative(file)) };
        }
        return plan.Values.OrderBy(f => f.Path, StringComparer.Ordinal);
    }
}
