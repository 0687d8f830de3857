namespace Synapse.Output;

/// <summary>
/// The outputs of a build, in order. Adding an output is one class implementing <see cref="IOutput"/> and one line in
/// <see cref="Default"/> (or <c>OutputRegistry.Default().Add(new MyOutput())</c> for a build of your own).
/// </summary>
internal sealed class OutputRegistry
{
    private readonly List<IOutput> _outputs = [];

    /// <summary>Every output of the site. Order matters only where an output reads <see cref="OutputContext.Planned"/>.</summary>
    public static OutputRegistry Default() => new OutputRegistry()
        .Add(new ContentPagesOutput())
        .Add(new SectionIndexOutput())
        .Add(new TagIndexOutput())
        .Add(new GeneratedPagesOutput())
        .Add(new Syndication.ClinicsPageOutput())
        .Add(new StaticFilesOutput())
        .Add(new ArticleJsonOutput())
        .Add(new SearchOutput())
        .Add(new SitemapOutput())
        .Add(new RobotsOutput())
        .Add(new FeedOutput())
        .Add(new RedirectsOutput())
        .Add(new Syndication.EmbedOutput())
        .Add(new Syndication.OembedOutput())
        .Add(new Syndication.ContentApiOutput())
        .Add(new Syndication.EmbedScriptOutput())
        .Add(new HostHeadersOutput());

    public IReadOnlyList<IOutput> Outputs => _outputs;

    public OutputRegistry Add(IOutput output)
    {
        if (_outputs.Any(o => o.Name == output.Name))
            throw new InvalidOperationException($"An output named '{output.Name}' is already registered.");
        _outputs.Add(output);
        return this;
    }

    /// <summary>Runs every output in order; each file is stamped with its producer's name.</summary>
    public IReadOnlyList<OutputFile> Produce(OutputContext context)
    {
        List<OutputFile> Run(IOutput output) =>
            context.Timings.Time("output", output.Name, () => output.Produce(context).Select(f => f.Producer.Length == 0 ? f with { Producer = output.Name } : f).ToList());
        // Outputs that read only the site model start now, in the background; the rest run in order. Files join the plan
        // in registration order either way, so an output reading Planned sees exactly the outputs registered before it.
        var started = _outputs.ToDictionary(o => o, o => o.ReadsOnlySiteModel ? Task.Run(() => Run(o)) : null);
        foreach (var output in _outputs)
            context.Add(started[output] is { } task ? task.GetAwaiter().GetResult() : Run(output));
        return context.Planned;
    }
}
