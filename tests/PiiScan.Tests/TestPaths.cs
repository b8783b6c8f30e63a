using System.Diagnostics;

namespace PiiScan.Tests;

internal static class TestPaths
{
    private const string RunPrefix = "run-";

    /// <summary>The repository root (the folder holding PiiScan.sln).</summary>
    public static string RepoRoot { get; } = FindRoot();

    /// <summary>The shipped NER model directory, <c>models/pii-ner</c>.</summary>
    public static string ShippedModel => Path.Combine(RepoRoot, "models", "pii-ner");

    /// <summary>
    /// This test process's scratch root, <c>$TMPDIR/piiscan-tests/run-PID</c>. Deletion starts when the process exits
    /// (the test runner may stop the host before it is done) and roots of processes that no longer run are deleted when
    /// the next run starts, so at most one run's scratch (about 200 MB) stays on disk, not every run's.
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

    // Best effort, entry by entry: a folder still mounted or a file held open by a child process (a browser profile)
    // stays behind for the next run's sweep, the rest goes now.
    private static void TryDelete(string dir)
    {
        try
        {
            if (!Directory.Exists(dir))
            {
                return;
            }
            foreach (var sub in Directory.EnumerateDirectories(dir))
            {
                if (new DirectoryInfo(sub).LinkTarget is not null)
                {
                    Directory.Delete(sub); // the link only, never what it points to
                }
                else
                {
                    TryDelete(sub);
                }
            }
            foreach (var file in Directory.EnumerateFiles(dir))
            {
                try
                {
                    File.Delete(file);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                }
            }
            Directory.Delete(dir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
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
