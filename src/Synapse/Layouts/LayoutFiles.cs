using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Synapse.Layouts;

/// <summary>
/// The layout folders read once, for Liquid's <c>{% include %}</c>: input/_layouts overrides theme/layouts, file by file
/// (sub-folders such as partials/ included). Rendering a page then never touches the disk, where a physical file
/// provider would look each include up again in both folders on every render.
/// </summary>
internal sealed class LayoutFiles : IFileProvider
{
    private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    /// <summary>Reads every *.liquid file under the folders; later folders override earlier ones.</summary>
    public LayoutFiles(params string[] foldersInOverrideOrder)
    {
        foreach (string folder in foldersInOverrideOrder.Where(Directory.Exists))
            foreach (string file in Directory.EnumerateFiles(folder, "*.liquid", SearchOption.AllDirectories))
                _files[Path.GetRelativePath(folder, file).Replace('\\', '/')] = File.ReadAllBytes(file);
    }

    public IFileInfo GetFileInfo(string subpath)
    {
        string key = subpath.Replace('\\', '/').TrimStart('/');
        return _files.TryGetValue(key, out var bytes) ? new LayoutFile(key, bytes) : new NotFoundFileInfo(subpath);
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class LayoutFile(string path, byte[] bytes) : IFileInfo
    {
        public bool Exists => true;
        public long Length => bytes.Length;
        public string? PhysicalPath => null;
        public string Name => Path.GetFileName(path);
        public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;
        public bool IsDirectory => false;
        public Stream CreateReadStream() => new MemoryStream(bytes, writable: false);
    }
}
