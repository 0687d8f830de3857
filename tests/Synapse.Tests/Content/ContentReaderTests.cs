using System.Text;
using Synapse.Content;
using Synapse.Diagnostics;
using Synapse.IO;
using Synapse.Tests.TestSupport;

namespace Synapse.Tests.Content;

public sealed class ContentReaderTests : IDisposable
{
    private readonly TempFolder _site = new();
    private SitePaths Paths => new(_site.Path, _site.Combine("output"));

    private void WriteBytes(string relativePath, byte[] bytes)
    {
        var full = _site.Combine(relativePath.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    [Fact]
    public void Markdown_files_are_pages_with_site_relative_paths_in_ordinal_order_and_other_files_are_static()
    {
        _site.Write("input/treatments/exercise.md", "---\ntitle: E\n---\n");
        _site.Write("input/about.md", "---\ntitle: A\n---\n");
        _site.Write("input/images/diagram.svg", "<svg/>");

        var result = ContentReader.Read(Paths, new DiagnosticBag());

        Assert.Equal(["input/about.md", "input/treatments/exercise.md"], result.Pages.Select(p => p.Path));
        Assert.Equal([_site.Combine("input", "images", "diagram.svg")], result.StaticFiles);
    }

    [Fact]
    public void Folders_and_files_starting_with_underscore_or_dot_are_skipped()
    {
        _site.Write("input/guides/kept.md", "---\ntitle: K\n---\n");
        _site.Write("input/_drafts/skipped.md", "---\ntitle: S\n---\n");
        _site.Write("input/_layouts/page.liquid", "{{ content }}");
        _site.Write("input/_data/glossary.yaml", "[]");
        _site.Write("input/guides/_partial.md", "partial");
        _site.Write("input/.git/config.md", "x");
        _site.Write("input/guides/nested/_notes/n.md", "n");

        var result = ContentReader.Read(Paths, new DiagnosticBag());

        Assert.Equal(["input/guides/kept.md"], result.Pages.Select(p => p.Path));
        Assert.Empty(result.StaticFiles);
    }

    [Fact]
    public void Invalid_utf8_is_a_not_utf8_error_at_the_line_and_column_of_the_bad_byte()
    {
        // "é" as Latin-1 (0xE9) on line 3, after "ab": column 3. The two-byte "é" on line 2 counts as one column.
        var bytes = Encoding.UTF8.GetBytes("---\ntitle: Café\nab").Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes("cd\n---\n")).ToArray();
        WriteBytes("input/guides/latin1.md", bytes);
        _site.Write("input/guides/fine.md", "---\ntitle: Fine\n---\n");
        var bag = new DiagnosticBag();

        var result = ContentReader.Read(Paths, bag);

        var d = Assert.Single(bag.Sorted());
        Assert.Equal("content/not-utf8", d.Rule);
        Assert.True(d.IsError);
        Assert.Equal(new SourceLocation("input/guides/latin1.md", 3, 3), d.Location);
        Assert.Equal(["input/guides/fine.md"], result.Pages.Select(p => p.Path));
    }

    [Fact]
    public void Column_of_a_bad_byte_counts_multibyte_characters_once()
    {
        var bytes = Encoding.UTF8.GetBytes("line one\n——x").Concat(new byte[] { 0xFF }).ToArray();
        WriteBytes("input/guides/dash.md", bytes);
        var bag = new DiagnosticBag();

        ContentReader.Read(Paths, bag);

        Assert.Equal(new SourceLocation("input/guides/dash.md", 2, 4), Assert.Single(bag.Sorted()).Location);
    }

    [Fact]
    public void Byte_order_mark_is_removed_and_crlf_becomes_lf()
    {
        WriteBytes("input/about.md", new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("---\r\ntitle: A\r\n---\r\nBody\r\n")).ToArray());

        var page = Assert.Single(ContentReader.Read(Paths, new DiagnosticBag()).Pages);

        Assert.Equal("---\ntitle: A\n---\nBody\n", page.Text);
    }

    [Fact]
    public void A_markdown_file_that_cannot_be_read_is_an_io_read_error_naming_it_and_the_other_pages_are_read()
    {
        var locked = _site.Write("input/guides/locked.md", "---\ntitle: Locked\n---\n");
        _site.Write("input/guides/open.md", "---\ntitle: Open\n---\n");
        var bag = new DiagnosticBag();

        ContentReader.Result result;
        // Another program holding the file exclusively makes every read of it fail, as a missing permission does.
        using (new FileStream(locked, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
            result = ContentReader.Read(Paths, bag);

        var d = Assert.Single(bag.Sorted());
        Assert.Equal(("io/read", true), (d.Rule, d.IsError));
        Assert.Equal(SourceLocation.FileOnly("input/guides/locked.md"), d.Location);
        Assert.StartsWith("The file cannot be read: ", d.Message);
        Assert.Equal(["input/guides/open.md"], result.Pages.Select(p => p.Path));
    }

    [Fact]
    public void Readable_markdown_files_give_no_diagnostics()
    {
        _site.Write("input/guides/one.md", "---\ntitle: One\n---\n");
        _site.Write("input/guides/two.md", "---\ntitle: Two\n---\n");
        var bag = new DiagnosticBag();

        Assert.Equal(2, ContentReader.Read(Paths, bag).Pages.Count);
        Assert.Empty(bag.Sorted());
    }

    [Fact]
    public void Missing_input_folder_is_an_error()
    {
        var bag = new DiagnosticBag();

        var result = ContentReader.Read(Paths, bag);

        Assert.Empty(result.Pages);
        Assert.Equal("site/no-input", Assert.Single(bag.Sorted()).Rule);
    }

    public void Dispose() => _site.Dispose();
}
