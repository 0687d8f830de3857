namespace Synapse.Tests.Commands;

/// <summary>Tests that redirect Console.Out and Console.Error: they run one at a time, never alongside other tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleUsers
{
    public const string Name = "Console";
}
