using System.Diagnostics;

namespace PiiScan.Tests;

internal static class TestPaths
{
    private const string RunPrefix = "run-";

    /// <summary>The repository root (the folder holding PiiScan.sln).</summary>
    public static string RepoRoot { get; } = FindRoot();

    /// <summary>
    /// This test process's scratch root, <c>$TMPDIR/piiscan-tests/run-PID</c>. It is deleted when the process exits, and
    /// roots left by processes that no longer run (a killed test host) are deleted when the next run starts, so repeated
    /// runs never fill the disk.
    /// </summary>
    private static readonly Lazy<string> RunRoot = new(CreateRunRoot);

    /// <summary>A new empty folder under this run's scratch root.</summary>
    public static string NewTempDir()
    {
        var dir = Path.Combine(RunRoot.Value, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static string CreateRunRoot()
    {
        var parent = Path.Combine(Path.GetTempPath(), "piiscan-tests");
        Directory.CreateDirectory(parent);
        foreach (var stale in Directory.EnumerateDirectories(parent))
        {
            var name = Path.GetFileName(stale);
            if (!name.StartsWith(RunPrefix, StringComparison.Ordinal)
                || !int.TryParse(name.AsSpan(RunPrefix.Length), out var pid)
                || !IsRunning(pid))
            {
                TryDelete(stale);
            }
        }
        var root = Path.Combine(parent, RunPrefix + Environment.ProcessId);
        TryDelete(root);
        Directory.CreateDirectory(root);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(root);
        return root;
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var p = Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    // Best effort: a folder still mounted or held open by a child process is left for the next run's sweep.
    private static void TryDelete(string dir)
    {
        try
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PiiScan.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("PiiScan.sln not found above the test binaries.");
    }
}
