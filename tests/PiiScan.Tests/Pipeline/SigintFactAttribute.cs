using Xunit;

namespace PiiScan.Tests.Pipeline;

/// <summary>
/// A <see cref="FactAttribute"/> that skips itself when this process ignores SIGINT: a shell starts background jobs
/// (<c>cmd &amp;</c>) with SIGINT ignored, every child inherits that, and a program cannot see a signal it was started
/// ignoring, so a Ctrl+C test can only run in the foreground (as CI runs it).
/// </summary>
public sealed class SigintFactAttribute : FactAttribute
{
    public SigintFactAttribute()
    {
        if (SigintIgnored())
        {
            Skip = "SIGINT is ignored in this process (started as a background job); children inherit it";
        }
    }

    // /proc/self/status "SigIgn:" is a hex mask of ignored signals; bit 1 (signal 2) is SIGINT.
    private static bool SigintIgnored()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("SigIgn:", StringComparison.Ordinal))
            {
                return (Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16) & 2) != 0;
            }
        }
        return false;
    }
}
