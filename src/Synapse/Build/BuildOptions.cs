using Synapse.Diagnostics;
using Synapse.Output;

namespace Synapse.Build;

/// <summary>What to build and where. <see cref="Write"/> = false is `check`: everything is validated, nothing written.</summary>
internal sealed record BuildOptions(string Root)
{
    public string? Output { get; init; }
    public string? BasePath { get; init; }
    public bool Drafts { get; init; }
    public bool Write { get; init; } = true;
    /// <summary>--force: replace a non-empty output folder that Synapse did not make.</summary>
    public bool Force { get; init; }
    public DateOnly? Today { get; init; }
    /// <summary>--timings: print the time of each phase, output and check on stderr after the report.</summary>
    public bool PrintTimings { get; init; }
    /// <summary>Write .gz and .br copies of the larger search files, for hosts that serve them; preview, which never does, turns it off.</summary>
    public bool Precompress { get; init; } = true;
    /// <summary>Set by preview: reuse unchanged pages between rebuilds and write only changed files.</summary>
    public BuildCache? Cache { get; init; }
    /// <summary>The outputs to produce; null means <see cref="OutputRegistry.Default"/>.</summary>
    public OutputRegistry? Outputs { get; init; }
    /// <summary>The checks to run; null means <see cref="Checks.CheckRegistry.Default"/>.</summary>
    public Checks.CheckRegistry? Checks { get; init; }
    public string OutputDir => Output ?? Path.Combine(Root, "output");
}

internal sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int PageCount, int FileCount, TimeSpan Elapsed, bool Written)
{
    public IReadOnlyList<(string File, Checks.ReadingLevel Level)> ReadingLevels { get; init; } = [];
    /// <summary>Every file the build planned (written or not), with its producer and source.</summary>
    public IReadOnlyList<OutputFile> Files { get; init; } = [];
    /// <summary>The site model the build made (for reports such as `synapse report`); null when reading failed early.</summary>
    public Site.SiteModel? Site { get; init; }
    /// <summary>The layouts the build applied, parsed (preview re-renders one page with them); null when reading failed early.</summary>
    public Layouts.LayoutEngine? Layouts { get; init; }
    /// <summary>Page id → URL, as the build resolved xref links; empty when reading failed early.</summary>
    public IReadOnlyDictionary<string, string> Xrefs { get; init; } = new Dictionary<string, string>();
    /// <summary>Time per phase, output and check (`--timings`); null when the build stopped before its phases.</summary>
    public StageTimings? Timings { get; init; }
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
    public int Errors => Diagnostics.Count(d => d.IsError);
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
    public int Infos => Diagnostics.Count(d => d.Severity == Severity.Info);
}
