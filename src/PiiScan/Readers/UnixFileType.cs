using System.Runtime.InteropServices;

namespace PiiScan.Readers;

/// <summary>
/// Tells regular files from FIFOs, sockets and devices, which .NET does not expose. Uses Linux <c>statx</c>, whose
/// struct layout is the same on every architecture; elsewhere every file counts as regular.
/// </summary>
internal static unsafe partial class UnixFileType
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 1;
    private const int ModeOffset = 28;
    private const int TypeMask = 0xF000;
    private const int Regular = 0x8000;
    private static bool _unavailable;

    /// <summary>True when <paramref name="path"/> (following links) is a regular file, or the type cannot be told.</summary>
    public static bool IsRegularOrUnknown(string path)
    {
        if (!OperatingSystem.IsLinux() || _unavailable)
        {
            return true;
        }
        var buffer = stackalloc byte[256];
        int rc;
        try
        {
            rc = Statx(AtFdCwd, path, 0, StatxType, buffer);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            _unavailable = true;
            return true;
        }
        if (rc != 0)
        {
            return true;
        }
        var mode = *(ushort*)(buffer + ModeOffset);
        return (mode & TypeMask) == Regular;
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int dirfd, string path, int flags, uint mask, byte* buffer);
}
