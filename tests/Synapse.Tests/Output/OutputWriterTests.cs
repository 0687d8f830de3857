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

    [Fact]
    public void A_rebuild_reuses_each_unchanged_file_of_the_previous_output_and_writes_each_changed_one()
    {
        var source = _temp.Write("source/logo.svg", "<svg/>");
        var output = _temp.Combine("output");
        OutputWriter.WriteAtomically(output, [new OutputFile("same.html", "same"), new OutputFile("changed.html", "v1"), new OutputFile("logo.svg", CopyFrom: source)]);
        var longAgo = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var name in new[] { "same.html", "changed.html", "logo.svg" }) File.SetLastWriteTimeUtc(Path.Combine(output, name), longAgo);

        OutputWriter.WriteAtomically(output, [new OutputFile("same.html", "same"), new OutputFile("changed.html", "v2"), new OutputFile("logo.svg", CopyFrom: source)]);

        Assert.Equal("same", File.ReadAllText(Path.Combine(output, "same.html")));
        Assert.Equal("v2", File.ReadAllText(Path.Combine(output, "changed.html")));
        Assert.Equal("<svg/>", File.ReadAllText(Path.Combine(output, "logo.svg")));
        Assert.True(File.GetLastWriteTimeUtc(Path.Combine(output, "changed.html")) > longAgo.AddYears(20));
        if (!OperatingSystem.IsWindows())
        {
            // The previous file itself, not a copy: it keeps the time it had.
            Assert.Equal(longAgo, File.GetLastWriteTimeUtc(Path.Combine(output, "same.html")));
            Assert.Equal(longAgo, File.GetLastWriteTimeUtc(Path.Combine(output, "logo.svg")));
        }
        Assert.Equal(["output"], Directory.EnumerateFileSystemEntries(_temp.Path).Select(Path.GetFileName).Where(n => n != "source"));
    }

    [Fact]
    public void A_changed_file_is_written_as_a_new_file_never_into_the_previous_one()
    {
        var output = _temp.Combine("output");
        OutputWriter.WriteAtomically(output, [new OutputFile("page.html", "one"), new OutputFile("page.html", "one")]);
        OutputWriter.WriteAtomically(output, [new OutputFile("page.html", "one")]);
        var kept = _temp.Combine("kept.html"); // another name for the previous output's file, as a reader holding it open would see it
        if (!Synapse.IO.HardLink.TryCreate(Path.Combine(output, "page.html"), kept)) File.Copy(Path.Combine(output, "page.html"), kept);

        // The first "page.html" is the previous file again (reused), the second is not: it must not be written into it.
        OutputWriter.WriteAtomically(output, [new OutputFile("page.html", "one"), new OutputFile("page.html", "two")]);
        Assert.Equal("one", File.ReadAllText(kept));

        OutputWriter.WriteAtomically(output, [new OutputFile("page.html", "two")]);
        Assert.Equal("two", File.ReadAllText(Path.Combine(output, "page.html")));
        Assert.Equal("one", File.ReadAllText(kept));
    }

    [Fact]
    public void A_previous_file_of_the_same_length_but_other_bytes_is_not_reused()
    {
        var output = _temp.Combine("output");
        OutputWriter.WriteAtomically(output, [new OutputFile("page.html", "abc"), new OutputFile("data.bin", Bytes: [1, 2, 3])]);

        OutputWriter.WriteAtomically(output, [new OutputFile("page.html", "abd"), new OutputFile("data.bin", Bytes: [1, 2, 4])]);

        Assert.Equal("abd", File.ReadAllText(Path.Combine(output, "page.html")));
        Assert.Equal([1, 2, 4], File.ReadAllBytes(Path.Combine(output, "data.bin")));
    }

    public void Dispose() => _temp.Dispose();
}
