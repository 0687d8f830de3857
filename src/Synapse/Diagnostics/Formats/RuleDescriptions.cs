namespace Synapse.Diagnostics.Formats;

/// <summary>Looks up a rule's description for tool formats.</summary>
internal static class RuleDescriptions
{
    public static RuleDescription? Find(string id) => null;
}
