using Synapse.Output;
using Synapse.Tests.Hostile;
using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Output;

/// <summary>The Content-Security-Policy as a meta element on every page and in _headers, and pages that need nothing it forbids.</summary>
public sealed class SecurityHeadersTests
{
    [Fact]
    public void Every_page_carries_the_strict_policy_as_a_meta_element_before_any_script_or_style()
    {
        using var site = new FixtureSite("basic-site");
        var output = site.NewOutputPath();
        Assert.True(site.Build(output).Succeeded);
        var built = new BuiltSite(output, null!);

        Assert.NotEmpty(built.Pages);
        foreach (var (path, doc) in built.Pages)
        {
            var meta = doc.QuerySelector("head > meta[http-equiv='Content-Security-Policy']");
            Assert.True(meta is not null, path);
            Assert.Equal(HostHeaders.MetaPolicy, meta!.GetAttribute("content"));
            var first = doc.Head!.Children.First(e => e.LocalName is "script" or "link" or "style" || e == meta);
            Assert.Same(meta, first);
        }
    }

    [Fact]
    public void Headers_file_sends_the_policy_with_frame_ancestors_nosniff_referrer_and_permissions_for_every_path()
    {
        using var site = new FixtureSite("basic-site");
        var output = site.NewOutputPath();
        Assert.True(site.Build(output).Succeeded);

        var lines = File.ReadAllLines(Path.Combine(output, "_headers"));

        Assert.Contains("/*", lines);
        Assert.Equal(HostHeaders.MetaPolicy + "; frame-ancestors 'none'", HostHeaders.PagePolicy);
        Assert.Contains("  Content-Security-Policy: " + HostHeaders.PagePolicy, lines);
        Assert.Contains("  X-Content-Type-Options: nosniff", lines);
        Assert.Contains("  Referrer-Policy: strict-origin-when-cross-origin", lines);
        Assert.Contains(lines, l => l.StartsWith("  Permissions-Policy: camera=()", StringComparison.Ordinal));
    }

    [Fact]
    public void The_pages_need_no_inline_script_no_event_handler_and_nothing_the_policy_forbids()
    {
        using var site = new FixtureSite("basic-site");
        var output = site.NewOutputPath();
        Assert.True(site.Build(output).Succeeded);

        Assert.Empty(ScriptFreeOutput.Problems(output));
    }
}
