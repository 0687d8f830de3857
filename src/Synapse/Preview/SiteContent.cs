using System.Collections.Frozen;
using Microsoft.AspNetCore.StaticFiles;
using Synapse.Output;

namespace Synapse.Preview;

/// <summary>One file as the preview serves it: its bytes and its content type.</summary>
internal sealed record ServedFile(byte[] Bytes, string ContentType);

/// <summary>The files of one built site, by site-relative path ("treatments/tms/index.html"), as the preview server serves them.</summary>
internal interface ISiteContent
{
    ServedFile? Get(string path);
}

/// <summary>
/// A whole built site held in memory: `preview` builds into one of these and never writes output/. Immutable; a
/// rebuild makes a new one and the server swaps it in with one reference assignment.
/// </summary>
internal sealed class MemorySite : ISiteContent
{
    private readonly FrozenDictionary<string, ServedFile> _files;

    private MemorySite(FrozenDictionary<string, ServedFile> files) => _files = files;

    public static MemorySite Empty { get; } = new(FrozenDictionary<string, ServedFile>.Empty);

    public int Count => _files.Count;

    /// <summary>Reads every planned file's bytes (static files from disk) into memory.</summary>
    public static MemorySite From(IReadOnlyList<OutputFile> files)
    {
        var served = new KeyValuePair<string, ServedFile>[files.Count];
        Parallel.For(0, files.Count, i => served[i] = new(files[i].Path, new ServedFile(files[i].ReadBytes(), ContentTypes.For(files[i].Path))));
        return new MemorySite(served.ToFrozenDictionary(StringComparer.Ordinal));
    }

    public ServedFile? Get(string path) => _files.GetValueOrDefault(path);
}

/// <summary>A site with a few files replaced (preview's fast path): the replacements first, then the site underneath. Immutable.</summary>
internal sealed class PatchedSite(ISiteContent under, IReadOnlyDictionary<string, ServedFile> replaced) : ISiteContent
{
    public ISiteContent Under => under;

    public ServedFile? Get(string path) => replaced.GetValueOrDefault(path) ?? under.Get(path);
}

/// <summary>A built site folder on disk (what `verify` and the browser tests serve); read on each request.</summary>
internal sealed class FolderSite(string folder) : ISiteContent
{
    private readonly string _root = Path.GetFullPath(folder);

    public ServedFile? Get(string path)
    {
        var full = Path.GetFullPath(Path.Combine(_root, path));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(full)) return null;
        return new ServedFile(File.ReadAllBytes(full), ContentTypes.For(path));
    }
}

/// <summary>Content types from ASP.NET Core's <see cref="FileExtensionContentTypeProvider"/>, with UTF-8 named for text and the feed as Atom.</summary>
internal static class ContentTypes
{
    private static readonly FileExtensionContentTypeProvider Provider = CreateProvider();

    private static FileExtensionContentTypeProvider CreateProvider()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".gz"] = "application/gzip";
        provider.Mappings[".br"] = "application/octet-stream";
        provider.Mappings[".js"] = "text/javascript";
        provider.Mappings[".xml"] = "application/xml";
        return provider;
    }

    public static string For(string path)
    {
        if (path.EndsWith("feed.xml", StringComparison.Ordinal)) return "application/atom+xml";
        var type = Provider.TryGetContentType(path, out var found) ? found : "application/octet-stream";
        return type.StartsWith("text/", StringComparison.Ordinal) ? type + "; charset=utf-8" : type;
    }
}
