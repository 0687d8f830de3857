namespace Synapse.Output;

/// <summary>
/// Writes the whole site into a fresh temporary folder next to output/, then swaps it in. A failed build never
/// reaches this point, so the previous output/ stays intact; a crash mid-write leaves only the temporary folder.
/// A file whose bytes equal the previous output's file at the same path is not written again: the temporary folder
/// gets a second name (a hard link) for the previous file, so a rebuild writes only what changed. The previous file is
/// never opened for writing, so the previous output stays as it was until the swap.
/// </summary>
internal static class OutputWriter
{
    public static void WriteAtomically(string outputDir, IReadOnlyList<OutputFile> files)
    {
        var full = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(parent);
        using var held = OutputFolder.Lock(full);
        OutputFolder.RemoveStale(full);
        var staging = Path.Combine(parent, $".{Path.GetFileName(full)}.staging-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            // Folders first, once each (a few hundred, not one check per file), then the files.
            foreach (var folder in files.Select(f => Path.GetDirectoryName(f.Path.Replace('/', Path.DirectorySeparatorChar)))
                         .Where(d => !string.IsNullOrEmpty(d)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
                Directory.CreateDirectory(Path.Combine(staging, folder!));
            var previous = Directory.Exists(full) ? full : null;
            Parallel.ForEach(files, file => WriteOne(staging, previous, file));
            File.WriteAllText(Path.Combine(staging, OutputFolder.MarkerName), OutputFolder.MarkerText);
            // Readers of the output folder see the old site or the new one, never no folder.
            IO.AtomicSwap.Exchange(staging, full);
            TryDelete(staging);
        }
        catch
        {
            TryDelete(staging);
            throw;
        }
    }

    private static void WriteOne(string root, string? previous, OutputFile file)
    {
        var relative = file.Path.Replace('/', Path.DirectorySeparatorChar);
        var target = Path.Combine(root, relative);
        var before = previous is null ? null : Path.Combine(previous, relative);
        File.Delete(target); // a second file at one path: never write into the first, which may be a previous file's second name
        if (file.CopyFrom is not null && before is null)
        {
            File.Copy(file.CopyFrom, target, overwrite: true);
            return;
        }
        var bytes = file.CopyFrom is not null ? File.ReadAllBytes(file.CopyFrom) : file.Bytes ?? Utf8.GetBytes(file.Text ?? "");
        if (before is not null && SameBytes(before, bytes) && IO.HardLink.TryCreate(before, target)) return;
        File.WriteAllBytes(target, bytes);
    }

    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>True when <paramref name="path"/> is a regular file holding exactly <paramref name="bytes"/>.</summary>
    private static bool SameBytes(string path, byte[] bytes)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length != bytes.Length || info.LinkTarget is not null) return false;
            return File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
        }
        catch (IOException) { return false; }
        catch (UnauthorizedAccessException) { return false; }
    }

    private static void TryDelete(string dir)
    {
        try { if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
