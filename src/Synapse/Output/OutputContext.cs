using Synapse.Configuration;
using Synapse.Diagnostics;
using Synapse.IO;
using Synapse.Layouts;
using Synapse.Site;

namespace Synapse.Output;

/// <summary>What an output may read: the finished site model, the layouts and view models, and the files planned so far.</summary>
internal sealed class OutputContext
{
    private readonly List<OutputFile> _planned = [];

    public required SiteModel Site { get; init; }
    public required SitePaths Paths { get; init; }
    public required LayoutEngine Layouts { get; init; }
    public required ViewFactory Views { get; init; }
    public required SiteView SiteView { get; init; }
    /// <summary>Static files found under input/ (full paths), copied as they are.</summary>
    public required IReadOnlyList<string> InputStaticFiles { get; init; }
    public required DiagnosticBag Diagnostics { get; init; }
    /// <summary>Where each output's time goes (`--timings`); outputs need not use it.</summary>
    public StageTimings Timings { get; init; } = new();
    /// <summary>Whether outputs add .gz and .br copies of their larger files (the build option of that name).</summary>
    public bool Precompress { get; init; } = true;

    public SiteSettings Settings => Site.Settings;

    /// <summary>Files produced by the outputs registered before the one running, in registration order.</summary>
    public IReadOnlyList<OutputFile> Planned => _planned;

    /// <summary>The HTML pages planned so far (content and generated pages; not redirect stubs).</summary>
    public IEnumerable<PageOutput> Pages => _planned.Select(f => f.Page).OfType<PageOutput>();

    /// <summary>URLs of the pages planned so far.</summary>
    public HashSet<string> PageUrls() => Pages.Select(p => p.Url).ToHashSet(StringComparer.Ordinal);

    internal void Add(IEnumerable<OutputFile> files) => _planned.AddRange(files);
}
