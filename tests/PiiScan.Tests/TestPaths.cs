namespace PiiScan.Tests;

internal static class TestPaths
{
    /// <summary>The repository root (the folder holding PiiScan.sln).</summary>
    public static string RepoRoot { get; } = FindRoot();

    public static string NewTempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "piiscan-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
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
