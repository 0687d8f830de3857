namespace Synapse;

internal static class Program
{
    public static int Main(string[] args) => Commands.Cli.Run(args);
}
