using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Synapse.Verify.Browser;

/// <summary>
/// Runs axe-core (the copy bundled in Deque.AxeCore.Commons) in a page, once per view mode, with only the configured
/// WCAG tags and only violations reported. The script is registered once per browser context as an init script, so it
/// is not sent again for every page; calling axe directly also avoids the wrapper's per-run re-injection and extra
/// pages, which made each run several times slower.
/// </summary>
internal static class AxeRunner
{
    private static readonly Lazy<string> Source = new(() => new BundledAxeScriptProvider().GetScript());
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Makes axe available in every page the context opens from now on.</summary>
    public static Task RegisterAsync(IBrowserContext context) => context.AddInitScriptAsync(Source.Value);

    /// <summary>Injects axe into a page that does not have it yet (a page opened before <see cref="RegisterAsync"/>).</summary>
    public static async Task InjectAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
            await page.EvaluateAsync(Source.Value);
    }

    /// <summary>Runs the rules with any of <paramref name="tags"/>, or only <paramref name="rules"/> (which must carry one of the tags) when given.</summary>
    public static async Task<IReadOnlyList<AxeViolation>> RunAsync(IPage page, IReadOnlyList<string> tags, IReadOnlyList<string>? rules = null)
    {
        const string run = """
            async ([tags, rules]) => {
              const tagged = new Set(axe.getRules(tags).map(r => r.ruleId));
              const runOnly = rules.length ? { type: 'rule', values: rules.filter(r => tagged.has(r)) } : { type: 'tag', values: tags };
              const r = await axe.run(document, { runOnly, resultTypes: ['violations'] });
              return JSON.stringify(r.violations.map(v => ({ id: v.id, help: v.help, helpUrl: v.helpUrl, impact: v.impact || '',
                nodes: v.nodes.map(n => ({ target: n.target.map(t => Array.isArray(t) ? t.join(' >> ') : t).join(' '), html: n.html })) })));
            }
            """;
        var json = await page.EvaluateAsync<string>(run, new object[] { tags.ToArray(), (rules ?? []).ToArray() });
        return JsonSerializer.Deserialize<List<AxeViolation>>(json, Json)!;
    }
}

internal sealed record AxeViolation(string Id, string Help, string HelpUrl, string Impact, List<AxeNode> Nodes);

internal sealed record AxeNode(string Target, string Html);
