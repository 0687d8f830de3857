using System.Diagnostics;
using Synapse.Build;
using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Fuzz;

/// <summary>
/// 10,000 generated documents (random front matter, Markdown, nesting, raw HTML, Unicode) through `check`, in sites of
/// 1,000 documents each, from a fixed seed: not one unhandled exception, and every problem a diagnostic with a hint.
/// A failure names the seed and the document, so it can be reproduced and kept as a corpus case.
/// </summary>
public sealed class CheckFuzzTests
{
    public const int Seed = 20261201;
    public const int Sites = 10;
    public const int DocumentsPerSite = 1000;

    [Fact]
    public void Ten_thousand_generated_documents_go_through_check_without_an_unhandled_exception()
    {
        var clock = Stopwatch.StartNew();
        var documents = 0;
        var diagnostics = 0;
        for (var s = 0; s < Sites; s++)
        {
            using var temp = new TempFolder();
            var root = temp.Combine("site");
            FixtureSite.CopyDirectory(RepoPaths.Theme, Path.Combine(root, "theme"));
            File.WriteAllText(Path.Combine(root, "statiq.json"), "{ \"title\": \"Fuzz\", \"baseUrl\": \"https://fuzz.example\" }");
            temp.Write("site/input/_data/references.yaml", "- id: k1\n  type: webpage\n  title: T\n  author: [{family: A, given: B}]\n  URL: https://example.org/\n  accessed: {date-parts: [[2026, 1, 1]]}\n  issued: {date-parts: [[2020]]}\n");
            var generator = new DocumentGenerator(Seed + s);
            for (var d = 0; d < DocumentsPerSite; d++)
            {
                var folder = (d % 5) switch { 0 => "treatments", 1 => "conditions", 2 => "guides", 3 => "notes", _ => "guides/deep" };
                temp.Write($"site/input/{folder}/doc-{d}.md", generator.Document(["k1", "nope"]));
                documents++;
            }

            BuildResult result;
            try { result = SafeBuild.Run(new BuildOptions(root) { Write = false, Today = FixtureSite.Today }); }
            catch (Exception ex)
            {
                throw new Xunit.Sdk.XunitException($"check threw on fuzz site {s} (seed {Seed + s}, documents in {root}): {ex}");
            }
            Assert.DoesNotContain(result.Diagnostics, d => d.Rule == SafeBuild.Rule);
            Assert.All(result.Diagnostics, d => Assert.False(string.IsNullOrWhiteSpace(d.Hint), d.ToString()));
            diagnostics += result.Diagnostics.Count;
        }

        Assert.Equal(10_000, documents);
        Assert.True(diagnostics > documents, "the generator should produce plenty of problems to report");
        // About 40 s on an idle 2-core machine; the bound catches a pathological slowdown, not a busy machine.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(150), $"took {clock.Elapsed.TotalSeconds:0} s");
    }
}
