using Synapse.Diagnostics;

namespace Synapse.Output;

/// <summary>
/// One file of the built site, as an output declares it: the site-relative path (forward slashes, no leading slash,
/// e.g. "treatments/tms/index.html"), its content (text, bytes, or a file copied from disk), which output produced it
/// and the source position it came from (a Markdown file, a front-matter line, a static file), for diagnostics.
/// </summary>
internal sealed record OutputFile(string Path, string? Text = null, string? CopyFrom = null, byte[]? Bytes = null)
{
    /// <summary>The <see cref="IOutput.Name"/> of the output that produced the file; set by the registry.</summary>
    public string Producer { get; init; } = "";

    /// <summary>Where the file comes from: its source file, or the front-matter line that asked for it. Null for site-wide files.</summary>
    public SourceLocation? Source { get; init; }

    /// <summary>Set for HTML pages: what the sitemap, the redirects and the link check need to know about the page.</summary>
    public PageOutput? Page { get; init; }

    /// <summary>Site-relative URL of an HTML page ("treatments/tms/" for treatments/tms/index.html), else the path.</summary>
    public string Url => Path.EndsWith("index.html", StringComparison.Ordinal) ? Path[..^"index.html".Length] : Path;
    public bool IsHtml => Path.EndsWith(".html", StringComparison.Ordinal);

    /// <summary>"pages (input/treatments/tms.md:1)": the producer and source, as a collision diagnostic names them.</summary>
    public string Origin => Source is { } s ? $"{Producer} ({s})" : Producer;

    /// <summary>The file's bytes (text as UTF-8 without a byte-order mark).</summary>
    public byte[] ReadBytes() =>
        Bytes ?? (CopyFrom is not null ? File.ReadAllBytes(CopyFrom) : System.Text.Encoding.UTF8.GetBytes(Text ?? ""));

    /// <summary>The file's content as a readable stream.</summary>
    public Stream OpenRead() => CopyFrom is not null && Bytes is null ? File.OpenRead(CopyFrom) : new MemoryStream(ReadBytes(), writable: false);

    /// <summary>An HTML page with its sitemap facts; the path is the URL's index.html (or the URL itself for "404.html").</summary>
    public static OutputFile ForPage(PageOutput page, SourceLocation? source) =>
        new(page.Path, page.Html) { Page = page, Source = source };
}

/// <summary>An HTML page in the output plan, with what the sitemap, feed and checks need to know about it.</summary>
internal sealed record PageOutput(string Url, string Html, string? SourceFile, bool InSitemap, DateOnly? LastModified)
{
    public string Path => Url.EndsWith(".html", StringComparison.Ordinal) ? Url : Url + "index.html";
}
