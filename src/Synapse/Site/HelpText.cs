namespace Synapse.Site;

/// <summary>The help page's words in one place: the page (help.liquid, through its view) and its search document both use these.</summary>
internal static class HelpText
{
    public const string Title = "Need help now?";
    public const string Summary = "Urgent mental-health support: crisis lines and emergency numbers by country.";
    public const string Urgent = "If your life or someone else's life is in danger now, call your emergency number (999 in the UK, 911 in the US) or go to an emergency department.";
    public const string Intro = "If you are struggling, you do not have to wait until things get worse. Talking to someone helps, and these services are free and confidential.";
}
