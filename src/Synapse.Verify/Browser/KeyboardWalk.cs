using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Playwright;

namespace Synapse.Verify.Browser;

/// <summary>
/// Keyboard checks on a loaded page. A real Tab press must land on a skip link to the main content, and Enter on it
/// must move focus there. Then every element Tab can reach is focused in turn (one round trip for the whole page): focus
/// must be visible on each (an outline, or a box-shadow or background that focus changed), and a Tab or Shift+Tab
/// keydown must not be swallowed while focus stays put (a keyboard trap).
/// </summary>
internal static class KeyboardWalk
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static async Task RunAsync(IPage p, string page, ConcurrentBag<Finding> findings)
    {
        await p.Keyboard.PressAsync("Tab");
        var first = JsonSerializer.Deserialize<Active>(await p.EvaluateAsync<string>(Scripts.ActiveElement), Json)!;
        if (first.Desc.Length == 0) return;
        if (!first.SkipLink)
            findings.Add(new Finding(page, FindingCodes.SkipLinkNotFirst,
                $"The first Tab stop is {first.Desc}, not a skip link to the main content.") { Target = first.Desc });
        else
        {
            await p.Keyboard.PressAsync("Enter");
            var landed = JsonSerializer.Deserialize<Landing>(await p.EvaluateAsync<string>(Scripts.SkipLinkLanded), Json)!;
            if (!landed.Landed)
                findings.Add(new Finding(page, FindingCodes.SkipLinkTarget,
                    $"The skip link {first.Desc} does not move focus to the main content (focus is on {landed.Active}).") { Target = first.Desc });
        }

        var sweep = JsonSerializer.Deserialize<Sweep>(await p.EvaluateAsync<string>(Scripts.FocusSweep), Json)!;
        // One finding per kind of element (tag with id or classes), so a theme rule that hides focus on every
        // heading anchor is one problem, not one per heading.
        foreach (var group in sweep.Stops.Where(s => !s.Visible).GroupBy(s => Kind(s.Desc)))
        {
            findings.Add(new Finding(page, FindingCodes.FocusNotVisible,
                $"Focus is not visible on {group.Key}: no outline, box-shadow or background change when it has keyboard focus.")
                { Target = group.Key });
        }
        foreach (var stop in sweep.Stops.Where(s => s.Trapped).DistinctBy(s => s.Desc))
            findings.Add(new Finding(page, FindingCodes.KeyboardTrap,
                $"Keyboard trap: at {stop.Desc} the page swallows Tab and focus cannot move on.") { Target = stop.Desc });
    }

    /// <summary>"a.heading-anchor[href=…] \"…\"" → "a.heading-anchor"; an element with neither id nor class keeps its href and text.</summary>
    private static string Kind(string desc)
    {
        var end = desc.IndexOfAny(['[', ' ']);
        var head = end < 0 ? desc : desc[..end];
        return head.Contains('.') || head.Contains('#') ? head : desc;
    }

    private sealed record Active(string Desc, bool SkipLink);

    private sealed record Landing(bool Landed, string Active);

    private sealed record Sweep(int Tabbable, List<Stop> Stops);

    private sealed record Stop(string Desc, bool Visible, bool Trapped);
}
