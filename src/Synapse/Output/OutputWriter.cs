namespace Synapse.Output;

/// <summary>
/// Writes the whole site into a fresh temporary folder next to output/, then swaps it in. A failed build never
/// reaches this point, so the previous output/ stays intact; a crash mid-write leaves only the temporary folder.
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
            Parallel.ForEach(files, file => WriteOne(staging, file));
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

    private static void WriteOne(string root, OutputFile file)
    {
        var target = Path.Combine(root, file.Path.Replace('/', Path.DirectorySeparatorChar));
        if (file.CopyFrom is not null) File.Copy(file.CopyFrom, target, overwrite: true);
        else if (file.Bytes is not null) File.WriteAllBytes(target, file.Bytes);
        else File.WriteAllText(target, file.Text ?? "");
    }

    private static void TryDelete(string dir)
    {
        try { if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
