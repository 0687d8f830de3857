using Synapse.Output;
using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Output;

public sealed class OutputWriterTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void Writes_text_bytes_and_copied_files_into_a_new_folder()
    {
        var source = _temp.Write("source/logo.svg", "<svg/>");
        var output = _temp.Combine("site", "output");

        OutputWriter.WriteAtomically(output, [
            new OutputFile("index.html", "<p>home</p>"),
            new OutputFile("assets/logo.svg", CopyFrom: source),
            new OutputFile("data/x.bin", Bytes: [1, 2, 3]),
        ]);

        Assert.Equal("<p>home</p>", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal("<svg/>", File.ReadAllText(Path.Combine(output, "assets", "logo.svg")));
        Assert.Equal([1, 2, 3], File.ReadAllBytes(Path.Combine(output, "data", "x.bin")));
    }

    [Fact]
    public void Second_write_replaces_the_whole_folder_and_leaves_no_staging_folders()
    {
        var output = _temp.Combine("output");
        OutputWriter.WriteAtomically(output, [new OutputFile("old/index.html", "old"), new OutputFile("index.html", "v1")]);

        OutputWriter.WriteAtomically(output, [new OutputFile("index.html", "v2")]);

        // The marker says Synapse made the folder, so the next build may replace it without --force.
        Assert.Equal([OutputFolder.MarkerName, "index.html"], Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(output, f)).Order(StringComparer.Ordinal));
        Assert.Equal("v2", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal(["output"], Directory.EnumerateFileSystemEntries(_temp.Path).Select(Path.GetFileName));
    }

    public void Dispose() => _temp.Dispose();
}
