namespace Synapse.Verify;

internal static class Program
{
    public static Task<int> Main(string[] args) => VerifyTool.RunAsync(args, Console.Out, Console.Error);
}
