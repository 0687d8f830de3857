using Synapse.Tests.Search.Oracle;

namespace Synapse.Tests.Search.Corpus;

public sealed class CorpusScriptTests
{
    /// <summary>bench/search/make-corpus.py is a copy of the shared bench script; catch the two drifting apart.</summary>
    [Fact]
    public void Vendored_corpus_script_matches_the_shared_one_when_present()
    {
        string vendored = RepoPaths.Combine("bench", "search", "make-corpus.py");
        Assert.True(File.Exists(vendored));
        var shared = new[] { Path.Combine(RepoPaths.Root, "..", "shared", "bench", "make-corpus.py"), "/work/shared/bench/make-corpus.py" }
            .FirstOrDefault(File.Exists);
        if (shared is not null) Assert.Equal(File.ReadAllText(shared), File.ReadAllText(vendored));
    }
}
