using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Playwright;

namespace Synapse.Verify.Browser;

/// <summary>
/// Presses Tab through a page as a keyboard user would. Reports a first tab stop that is not a skip link to the main
/// content, a skip link that does not move focus there, focus that is not visible (no outline, box-shadow or
/// background change), and a keyboard trap: focus comes back to an element, or stops moving, before the rest of the
/// page was reached. Focus changes are recorded inside the page, so the walk costs one round trip per key press.
/// </summary>
internal static class KeyboardWalk
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static async Task RunAsync(IPage p, string page, VerifyOptions options, ConcurrentBag<Finding> findings)
    {
        var focusable = await p.EvaluateAsync<int>(Scripts.KeyboardSetup);
        if (focusable == 0) return;
        var presses = Math.Min(focusable + 3, options.MaxTabStops);
        for (var i = 0; i < presses; i++) await p.Keyboard.PressAsync("Tab");
        var walk = JsonSerializer.Deserialize<Walk>(await p.EvaluateAsync<string>(Scripts.FocusStops), Json)!;

        var order = new List<Stop>();
        var seen = new HashSet<int>();
        foreach (var stop in walk.Stops)
        {
            if (seen.Contains(stop.Key))
            {
                if (stop.Key != order[0].Key || seen.Count < focusable)
                    findings.Add(Trap(page, stop.Desc, seen.Count, focusable));
                break;
            }
            seen.Add(stop.Key);
            order.Add(stop);
            if (!stop.Visible)
                findings.Add(new Finding(page, FindingCodes.FocusNotVisible,
                    $"Focus is not visible on {stop.Desc}: no outline, box-shadow or background change when it has keyboard focus.")
                    { Target = stop.Desc });
        }
        var stuck = seen.Count == walk.Stops.Count && seen.Count < focusable && presses >= seen.Count + 3
                    && walk.ActiveKey >= 0 && order.Count > 0 && walk.ActiveKey == order[^1].Key;
        if (stuck) findings.Add(Trap(page, walk.Active, seen.Count, focusable));
        if (order.Count == 0) return;

        var first = order[0];
        if (!first.SkipLink)
        {
            findings.Add(new Finding(page, FindingCodes.SkipLinkNotFirst,
                $"The first Tab stop is {first.Desc}, not a skip link to the main content.") { Target = first.Desc });
            return;
        }
        await p.EvaluateAsync(Scripts.FocusKey, first.Key);
        await p.Keyboard.PressAsync("Enter");
        var landed = JsonSerializer.Deserialize<Landing>(await p.EvaluateAsync<string>(Scripts.SkipLinkLanded, first.Key), Json)!;
        if (!landed.Landed)
            findings.Add(new Finding(page, FindingCodes.SkipLinkTarget,
                $"The skip link {first.Desc} does not move focus to the main content (focus is on {landed.Active}).") { Target = first.Desc });
    }

    private static Finding Trap(string page, string at, int reached, int focusable) =>
        new(page, FindingCodes.KeyboardTrap,
            $"Keyboard trap: Tab cannot move focus on from {at}; only {reached} of {focusable} focusable elements could be reached.")
        { Target = at };

    private sealed record Walk(List<Stop> Stops, int ActiveKey, string Active);

    private sealed record Stop(int Key, string Desc, bool Visible, bool SkipLink);

    private sealed record Landing(bool Landed, string Active);
}
