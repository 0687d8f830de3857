using System.Runtime.InteropServices;

namespace Synapse.IO;

/// <summary>
/// Exchanges two folders in one step where the OS can (Linux renameat2 with RENAME_EXCHANGE), so that a reader of
/// the output folder sees the old site or the new one and never a missing folder. Elsewhere (or on a file system
/// without the call) it falls back to two renames, the second immediately after the first.
/// </summary>
internal static class AtomicSwap
{
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 1 << 1;

    /// <summary>Puts <paramref name="incoming"/> at <paramref name="target"/>; afterwards the previous target (if any) is at <paramref name="incoming"/>.</summary>
    /// <returns>True when the exchange was atomic.</returns>
    public static bool Exchange(string incoming, string target)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(incoming, target);
            return true;
        }
        if (OperatingSystem.IsLinux() && TryRenameExchange(incoming, target)) return true;
        var old = incoming + ".old";
        Directory.Move(target, old);
        Directory.Move(incoming, target);
        Directory.Move(old, incoming);
        return false;
    }

    private static bool TryRenameExchange(string a, string b)
    {
        try { return RenameAt2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0; }
        catch (EntryPointNotFoundException) { return false; }
        catch (DllNotFoundException) { return false; }
    }

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(int olddirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldpath, int newdirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string newpath, uint flags);
}
