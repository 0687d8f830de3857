using Synapse.Diagnostics;

namespace Synapse.Configuration;

/// <summary>Numbers in statiq.json that must lie in a sensible range (a 100,000-year review cycle or a negative feed size is a mistake).</summary>
internal static class SettingsRanges
{
    public const string Rule = "config/out-of-range";

    public static void Check(SiteSettings s, string json, DiagnosticBag bag)
    {
        Range(s.ReviewCycleYears, 1, 20, "reviewCycleYears", "years between reviews", json, bag);
        Range(s.FeedSize, 1, 1000, "feedSize", "entries in feed.xml", json, bag);
        Range(s.MinReferences, 0, 100, "minReferences", "distinct sources an article should cite", json, bag);
        Range(s.ReadingGradeMax, 1, 30, "fleschKincaidMax", "a reading grade", json, bag);
        Range(s.SmogMax, 1, 30, "smogMax", "a SMOG index", json, bag);
    }

    private static void Range(double value, double min, double max, string key, string meaning, string json, DiagnosticBag bag)
    {
        if (value >= min && value <= max) return;
        bag.Error(Rule, Locate(json, key), $"{key} is {value}; it must be between {min} and {max} ({meaning}).", $"Set {key} to a number from {min} to {max}.");
    }

    private static SourceLocation Locate(string json, string key)
    {
        var index = json.IndexOf("\"" + key + "\"", StringComparison.OrdinalIgnoreCase);
        if (index < 0) return SourceLocation.FileOnly(SettingsLoader.FileName);
        return new SourceLocation(SettingsLoader.FileName, 1 + json.AsSpan(0, index).Count('\n'), index - json.LastIndexOf('\n', Math.Max(0, index - 1)));
    }
}
