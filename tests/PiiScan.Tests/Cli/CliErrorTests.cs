using PiiScan.Tests.Pipeline;
using Xunit;

namespace PiiScan.Tests.Cli;

public class CliErrorTests
{
    [Fact]
    public void Scan_MissingInput_ExitTwoOneLine()
    {
        var (code, _, stderr) = CliHarness.Run("scan", "/nonexistent/input.jsonl", "--out", TestPaths.NewTempDir(), "--quiet");
        Assert.Equal(2, code);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public void Scan_BadConfig_ExitTwoWithLine()
    {
        var dir = TestPaths.NewTempDir();
        var cfg = Path.Combine(dir, "p.yaml");
        File.WriteAllText(cfg, "operators:\n  EMAIL_ADDRESS: shred\n");
        var (code, _, stderr) = CliHarness.Run("scan", Path.Combine(TestPaths.RepoRoot, "samples"), "--out", Path.Combine(dir, "o"), "--config", cfg, "--quiet");
        Assert.Equal(2, code);
        Assert.Contains("line 2", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public void Scan_OutputIsAFile_ExitTwo()
    {
        var dir = TestPaths.NewTempDir();
        var file = Path.Combine(dir, "f");
        File.WriteAllText(file, "");
        var (code, _, stderr) = CliHarness.Run("scan", Path.Combine(TestPaths.RepoRoot, "samples"), "--out", file, "--quiet");
        Assert.Equal(2, code);
        Assert.Contains("--out", stderr);
    }

    [Fact]
    public void Scan_UnknownOption_ExitTwo()
    {
        var (code, _, stderr) = CliHarness.Run("scan", "x", "--out", "y", "--bogus");
        Assert.Equal(2, code);
        Assert.Contains("--bogus", stderr);
    }

    [Fact]
    public void Scan_FailOnFindings_ExitOne()
    {
        var dir = TestPaths.NewTempDir();
        var input = Path.Combine(dir, "a.txt");
        File.WriteAllText(input, "mail a.b@example.com\n");
        Assert.Equal(1, CliHarness.Run("scan", input, "--out", Path.Combine(dir, "o"), "--quiet", "--fail-on-findings").ExitCode);
        Assert.Equal(0, CliHarness.Run("scan", input, "--out", Path.Combine(dir, "o2"), "--quiet").ExitCode);
    }

    [Fact]
    public void Help_Scan_ShowsExamples()
    {
        var (code, stdout, _) = CliHarness.Run("scan", "--help");
        Assert.Equal(0, code);
        Assert.Contains("Examples:", stdout);
        Assert.Contains("--fields", stdout);
    }

    [Fact]
    public void Version_PrintsVersion()
    {
        var (code, stdout, _) = CliHarness.Run("--version");
        Assert.Equal(0, code);
        Assert.Matches(@"\d+\.\d+\.\d+", stdout);
    }
}
