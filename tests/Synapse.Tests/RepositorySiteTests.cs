using Synapse.Build;
using Synapse.Site;
using Synapse.Tests.TestSupport;

namespace Synapse.Tests;

/// <summary>The repository's own site (input/, theme/, statiq.json at the repository root) must pass `check`.</summary>
public sealed class RepositorySiteTests
{
    [Fact]
    public void Repository_site_passes_check_with_no_errors()
    {
        var result = SiteBuilder.Build(new BuildOptions(RepoPaths.Root) { Write = false });

        var errors = result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();
        Assert.True(errors.Count == 0, $"{errors.Count} errors:\n{string.Join("\n", errors)}");
        Assert.True(result.PageCount > 30);
    }
}
