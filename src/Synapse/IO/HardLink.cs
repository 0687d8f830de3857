using System.Runtime.InteropServices;

namespace Synapse.IO;

/// <summary>A second name for an existing file (POSIX <c>link</c>): no data is written, and the two names share one file.</summary>
internal static class HardLink
{
    /// <summary>Makes <paramref name="newPath"/> another name of <paramref name="existing"/>; false where the OS or file system cannot.</summary>
    public static bool TryCreate(string existing, string newPath)
    {
        if (OperatingSystem.IsWindows()) return false;
        try { return Link(existing, newPath) == 0; }
        catch (EntryPointNotFoundException) { return false; }
        catch (DllNotFoundException) { return false; }
    }

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string oldpath, [MarshalAs(UnmanagedType.LPUTF8Str)] string newpath);
}
