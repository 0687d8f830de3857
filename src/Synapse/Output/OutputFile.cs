namespace Synapse.Output;

/// <summary>One file of the built site: either text produced by a writer, or a static file copied from disk.</summary>
internal sealed record OutputFile(string Path, string? Text = null, string? CopyFrom = null, byte[]? Bytes = null)
{
    /// <summary>Site-relative URL of an HTML page ("treatments/tms/" for treatments/tms/index.html), else the path.</summary>
    public string Url => Path.EndsWith("index.html", StringComparison.Ordinal) ? Path[..^"index.html".Length] : Path;
    public bool IsHtml => Path.EndsWith(".html", StringComparison.Ordinal);
}

/// <summary>An HTML page in the output plan, with what the sitemap, feed and checks need to know about it.</summary>
internal sealed record PageOutput(string Url, string Html, string? SourceFile, bool InSitemap, DateOnly? LastModified)
{
    public string Path => Url.EndsWith(".html", StringComparison.Ordinal) ? Url : Url + "index.html";
}
