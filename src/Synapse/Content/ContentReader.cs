using System.Text;
using Synapse.Diagnostics;
using Synapse.IO;

namespace Synapse.Content;

/// <summary>Read phase: finds Markdown pages and static files under input/ and decodes them as strict UTF-8.</summary>
internal static class ContentReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public sealed record Result(IReadOnlyList<SourceFile> Pages, IReadOnlyList<string> StaticFiles);

    public static Result Read(SitePaths paths, DiagnosticBag bag)
    {
        if (!Directory.Exists(paths.Input))
        {
            bag.Error("site/no-input", SourceLocation.FileOnly("input/"), "There is no input/ folder.", "Run the command from the site's root folder (the one with statiq.json), or create input/.");
            return new Result([], []);
        }
        var markdown = new List<string>();
        var statics = new List<string>();
        foreach (var full in SiteFiles.Enumerate(paths.Input, paths.Root, paths.FollowSymlinks))
        {
            var rel = Path.GetRelativePath(paths.Input, full);
            if (SitePaths.IsDataPath(rel)) continue;
            (full.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? markdown : statics).Add(full);
        }
        markdown.Sort(StringComparer.Ordinal);
        var pages = new SourceFile?[markdown.Count];
        Parallel.For(0, markdown.Count, i => pages[i] = ReadText(paths, markdown[i], bag));
        return new Result(pages.OfType<SourceFile>().ToList(), statics);
    }

    public static SourceFile? ReadText(SitePaths paths, string fullPath, DiagnosticBag bag)
    {
        var rel = paths.Relative(fullPath);
        byte[] bytes;
        try
        {
            if (new FileInfo(fullPath).Length > InputLimits.MaxTextBytes)
            {
                bag.Error("content/too-large", SourceLocation.FileOnly(rel), $"The file is {new FileInfo(fullPath).Length / (1024 * 1024)} MB; Markdown sources may be at most {InputLimits.MaxTextBytes / (1024 * 1024)} MB.",
                    "Split the page into several pages, and keep images and data out of Markdown files.");
                return null;
            }
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            bag.Error("io/read", SourceLocation.FileOnly(rel), $"The file cannot be read: {ex.Message}", "Check that the file exists and that its permissions let the build read it.");
            return null;
        }
        try
        {
            var text = StrictUtf8.GetString(bytes);
            if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
            return new SourceFile(rel, text.Replace("\r\n", "\n"));
        }
        catch (DecoderFallbackException ex)
        {
            var index = Math.Max(0, ex.Index);
            var line = 1; var col = 1;
            for (var i = 0; i < index && i < bytes.Length; i++)
                if (bytes[i] == (byte)'\n') { line++; col = 1; } else if ((bytes[i] & 0xC0) != 0x80) col++;
            bag.Error("content/not-utf8", new SourceLocation(rel, line, col), "The file is not valid UTF-8 text.",
                "Re-save the file with UTF-8 encoding (most editors: 'Save with encoding' → UTF-8).");
            return null;
        }
    }
}
