using System.Collections.Concurrent;
using Microsoft.Playwright;
using Synapse.Browser.Tests.Infrastructure;
using Synapse.Build;
using Synapse.Verify;

namespace Synapse.Browser.Tests;

/// <summary>
/// Every hostile-input case that builds (tests/hostile/cases/*.case with an expected page) becomes one page of a site;
/// Chromium loads each page, focuses and hovers every element of the content and checks every link the way the browser
/// itself parses it. No vector may open a dialog, trip the page's Content-Security-Policy (which would mean script got
/// into the page and only the policy stopped it), or leave a link with a javascript:, vbscript: or data: URL.
/// </summary>
public sealed class HostileVectorsTests
{
    private static IEnumerable<(string Name, string Markdown)> PageCases()
    {
        var folder = Path.Combine(Repo.Root, "tests", "hostile", "cases");
        foreach (var file in Directory.EnumerateFiles(folder, "*.case").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file).Replace("\r\n", "\n");
            if (!text.Contains("\nexpect-page: guides/case/index.html", StringComparison.Ordinal)) continue;
            var parts = text.Split("\n=== ");
            if (parts.Length != 2 || !parts[1].StartsWith("input/guides/case.md\n", StringComparison.Ordinal)) continue;
            yield return (Path.GetFileNameWithoutExtension(file), parts[1]["input/guides/case.md\n".Length..]);
        }
    }

    [Fact]
    public async Task No_hostile_vector_runs_script_or_trips_the_policy_in_chromium()
    {
        using var temp = new TempFolder();
        var root = Path.Combine(temp.Path, "site");
        CopyDirectory(Path.Combine(Repo.Root, "theme"), Path.Combine(root, "theme"));
        CopyDirectory(Path.Combine(Repo.Root, "tests", "hostile", "_base"), root);
        var names = new List<string>();
        foreach (var (name, markdown) in PageCases())
        {
            File.WriteAllText(Path.Combine(root, "input", "guides", name + ".md"), markdown);
            names.Add(name);
        }
        Assert.True(names.Count >= 30, $"only {names.Count} page cases");
        var output = Path.Combine(temp.Path, "output");
        var build = SiteBuilder.Build(new BuildOptions(root) { Output = output, Today = new DateOnly(2026, 11, 26) });
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics.Where(d => d.IsError)));

        await using var site = await LocalSite.StartAsync(output, "/");
        var browser = await SharedBrowser.GetAsync();
        var problems = new ConcurrentQueue<string>();
        var context = await browser.NewContextAsync();
        try
        {
            var page = await context.NewPageAsync();
            var current = "";
            page.Dialog += async (_, dialog) => { problems.Enqueue($"{current}: a {dialog.Type} dialog opened ({dialog.Message})"); await dialog.DismissAsync(); };
            page.Console += (_, message) =>
            {
                if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
                    problems.Enqueue($"{current}: CSP violation: {message.Text}");
            };
            page.PageError += (_, error) => problems.Enqueue($"{current}: script error: {error}");
            foreach (var name in names)
            {
                current = name;
                await page.GotoAsync(new Uri(site.Url, $"guides/{name}/").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
                var bad = await page.EvaluateAsync<string[]>("""
                    () => {
                      const main = document.querySelector('main') || document.body;
                      for (const el of main.querySelectorAll('*')) {
                        for (const type of ['mouseover', 'mouseenter', 'focus', 'focusin', 'animationstart', 'toggle'])
                          el.dispatchEvent(new Event(type, { bubbles: true }));
                        if (typeof el.focus === 'function') el.focus();
                      }
                      const out = [];
                      for (const a of document.querySelectorAll('[href], [src], [action], [formaction]')) {
                        for (const attr of ['href', 'src', 'action', 'formaction']) {
                          const value = a.getAttribute(attr);
                          if (value === null) continue;
                          let protocol = '';
                          try { protocol = new URL(value, document.baseURI).protocol; } catch { continue; }
                          if (['javascript:', 'vbscript:', 'data:'].includes(protocol)) out.push(attr + '=' + value);
                        }
                      }
                      if (window.__hostileRan) out.push('a vector set window.__hostileRan');
                      return out;
                    }
                    """);
                foreach (var b in bad) problems.Enqueue($"{name}: {b}");
            }
        }
        finally { await context.CloseAsync(); }

        Assert.True(problems.IsEmpty, "\n" + string.Join("\n", problems));
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)), overwrite: true);
    }
}
