using System.Diagnostics;
using System.Runtime.InteropServices;
using PiiScan.Inference.Gpu;

namespace PiiScan.Cli;

/// <summary>Describes the machine for bench results and measures peak resident memory.</summary>
internal sealed record BenchMachine(string CpuModel, int Cores, string? Gpu, string Os, string Runtime, string? LoadAverage)
{
    public static BenchMachine Describe()
    {
        var gpu = IlgpuBackend.CudaAvailable() ? IlgpuBackend.CudaDeviceName() : null;
        return new BenchMachine(ReadCpuModel(), Environment.ProcessorCount, gpu, RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription, ReadLoadAverage());
    }

    /// <summary>The 1, 5 and 15 minute load averages from /proc/loadavg, or null.</summary>
    public static string? ReadLoadAverage()
    {
        try
        {
            var parts = File.ReadAllText("/proc/loadavg").Split(' ');
            return parts.Length >= 3 ? string.Join(' ', parts[..3]) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Resets the kernel's peak-RSS mark (VmHWM) to the current RSS by writing 5 to /proc/self/clear_refs (Linux 4.0+),
    /// so the next <see cref="PeakRssBytes"/> measures one device's run. False where that is not possible.
    /// </summary>
    public static bool TryResetPeakRss()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return false;
        }
    }

    /// <summary>VmHWM from /proc/self/status, else <see cref="Process.PeakWorkingSet64"/>.</summary>
    public static long PeakRssBytes()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line[6..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
        }
        using var p = Process.GetCurrentProcess();
        return p.PeakWorkingSet64;
    }

    private static string ReadCpuModel()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/cpuinfo"))
            {
                if (line.StartsWith("model name", StringComparison.Ordinal) && line.IndexOf(':') is var i and > 0)
                {
                    return line[(i + 1)..].Trim();
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
        return RuntimeInformation.ProcessArchitecture.ToString();
    }
}
