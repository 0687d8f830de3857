namespace Synapse.Output;

/// <summary>
/// One output of the site (Hugo's output format, Statiq's pipeline): it declares the files it produces from the site
/// model and writes nothing itself. The publish plan checks every declared path before anything is written (build) or
/// served (preview). Register an output in <see cref="OutputRegistry.Default"/>.
/// </summary>
internal interface IOutput
{
    /// <summary>Short stable name shown in diagnostics, e.g. when two outputs claim one path ("sitemap", "pages").</summary>
    string Name { get; }

    /// <summary>
    /// The files this output produces. Runs once per build, after every page is rendered and checked, in registration
    /// order; <see cref="OutputContext.Planned"/> holds the files of the outputs registered before this one.
    /// </summary>
    IEnumerable<OutputFile> Produce(OutputContext context);

    /// <summary>
    /// True when <see cref="Produce"/> reads only the site model (never <see cref="OutputContext.Planned"/>) and is safe
    /// to run on another thread: the registry then starts it at once, alongside the outputs before it. Its files still
    /// join the plan in registration order.
    /// </summary>
    bool ReadsOnlySiteModel => false;
}
