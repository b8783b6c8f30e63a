using System.Diagnostics;
using System.Text;
using PiiScan.Detection;
using PiiScan.Operators;
using PiiScan.Pipeline;
using PiiScan.Readers;
using PiiScan.Tests.Pipeline;
using Xunit;

namespace PiiScan.Tests.Limits;

public class LimitsTests
{
    private static string Nested(int depth) => new string('[', depth) + "\"x@example.com\"" + new string(']', depth);

    private static List<string> QuarantineReasons(string outDir) =>
        File.ReadAllLines(Path.Combine(outDir, "quarantine.jsonl"))
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("reason").GetString()!)
            .ToList();

    [Fact]
    public void Scan_MaxJsonDepthOption_DeeperRecordQuarantinedWithReason()
    {
        var dir = TestPaths.NewTempDir();
        var input = Path.Combine(dir, "deep.jsonl");
        File.WriteAllText(input, "{\"a\":" + Nested(7) + "}\n{\"a\":" + Nested(20) + "}\n{\"ok\":\"y@example.com\"}\n");
        var outDir = Path.Combine(dir, "out");
        var (code, _, err) = CliHarness.Run("scan", input, "--out", outDir, "--quiet", "--no-ner", "--max-json-depth", "8");
        Assert.True(code == 3, err);
        var reasons = QuarantineReasons(outDir);
        Assert.Single(reasons);
        Assert.Contains("max depth (8)", reasons[0]);
        Assert.Equal(2, File.ReadAllLines(Path.Combine(outDir, "redacted", "deep.jsonl")).Length);
    }

    [Fact]
    public void Scan_DefaultMaxJsonDepth_Is64()
    {
        var dir = TestPaths.NewTempDir();
        var input = Path.Combine(dir, "deep.jsonl");
        File.WriteAllText(input, Nested(60) + "\n" + Nested(5000) + "\n");
        var outDir = Path.Combine(dir, "out");
        var (code, _, err) = CliHarness.Run("scan", input, "--out", outDir, "--quiet", "--no-ner");
        Assert.True(code == 3, err);
        var reasons = QuarantineReasons(outDir);
        Assert.Single(reasons);
        Assert.Contains("max depth (64)", reasons[0]);
    }

    [Fact]
    public void Scan_MaxRecordBytes_LargerRecordQuarantinedWithReason()
    {
        var dir = TestPaths.NewTempDir();
        var input = Path.Combine(dir, "big.jsonl");
        File.WriteAllText(input, "{\"a\":\"" + new string('z', 5000) + "\"}\n{\"a\":\"small\"}\n");
        var outDir = Path.Combine(dir, "out");
        var (code, _, err) = CliHarness.Run("scan", input, "--out", outDir, "--quiet", "--no-ner", "--max-record-bytes", "1000");
        Assert.True(code == 3, err);
        var reasons = QuarantineReasons(outDir);
        Assert.Single(reasons);
        Assert.Contains("1000", reasons[0]);
    }

    // "deleted": gone; "directory": replaced by something that cannot be opened as a file (what a permission error
    // looks like too; as root, chmod 000 would not stop the read).
    [Theory]
    [InlineData("deleted")]
    [InlineData("directory")]
    public async Task RunAsync_InputUnreadableAfterResolution_QuarantinedAndRunGoesOn(string how)
    {
        var dir = TestPaths.NewTempDir();
        var input = Path.Combine(dir, "in");
        Directory.CreateDirectory(input);
        foreach (var name in new[] { "a.jsonl", "b.jsonl", "c.jsonl" })
        {
            File.WriteAllText(Path.Combine(input, name), "{\"e\":\"someone@example.com\"}\n{\"e\":\"x\"}\n");
        }
        var (sources, root) = InputResolver.Resolve([input], null);
        File.Delete(Path.Combine(input, "b.jsonl"));
        if (how == "directory")
        {
            Directory.CreateDirectory(Path.Combine(input, "b.jsonl"));
        }
        var outDir = Path.Combine(dir, "out");
        var pipeline = new ScanPipeline(
            new ScanOptions { OutputDirectory = outDir, Root = root, Threads = 2 },
            new DetectionEngine(RecognizerCatalog.CreateDefault(new RecognizerOptions())),
            OperatorPolicy.ReplaceAll);
        var report = await pipeline.RunAsync(sources);

        Assert.Equal("completed", report.Status);
        Assert.Equal(5, report.RecordsRead);
        Assert.Equal(4, report.RecordsWritten);
        Assert.Equal(1, report.RecordsQuarantined);
        var line = Assert.Single(File.ReadAllLines(Path.Combine(outDir, "quarantine.jsonl")));
        Assert.Contains("\"source\":\"b.jsonl\"", line);
        Assert.Contains("unreadable input", line);
        Assert.True(File.Exists(Path.Combine(outDir, "redacted", "c.jsonl")));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Scan_OutputDiskFull_FailsCleanlyWithoutPartialFinalFiles(bool resume)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        var dir = TestPaths.NewTempDir();
        var input = Path.Combine(dir, "big.jsonl");
        var sb = new StringBuilder();
        for (var i = 0; i < 40_000; i++)
        {
            sb.Append("{\"i\":").Append(i).Append(",\"msg\":\"mail user").Append(i).Append("@example.com from 203.0.113.7 padding padding\"}\n");
        }
        File.WriteAllText(input, sb.ToString());
        var outDir = Path.Combine(dir, "full");
        Directory.CreateDirectory(outDir);
        if (!Mount(outDir))
        {
            return; // needs root (CI containers may not allow mount); the run itself is the same
        }
        try
        {
            string[] args = ["scan", input, "--out", outDir, "--quiet", "--no-ner", "--findings-jsonl"];
            var (code, _, err) = CliHarness.Run(resume ? [.. args, "--resume"] : args);
            Assert.Equal(2, code);
            Assert.Contains("disk space", err);
            Assert.Single(err.Trim().Split('\n'));
            Assert.False(File.Exists(Path.Combine(outDir, "redacted", "big.jsonl")));
            Assert.False(File.Exists(Path.Combine(outDir, "findings.parquet")));
            Assert.False(File.Exists(Path.Combine(outDir, "findings.jsonl")));
            Assert.Empty(Directory.GetFiles(outDir, "*.tmp-*", SearchOption.AllDirectories));
            var manifest = Path.Combine(outDir, PiiScan.Resume.ResumeManifest.FileName);
            Assert.True(!File.Exists(manifest) || !File.ReadAllText(manifest).Contains("big.jsonl", StringComparison.Ordinal));
            if (File.Exists(Path.Combine(outDir, "report.json")))
            {
                Assert.Contains("\"status\": \"failed\"", File.ReadAllText(Path.Combine(outDir, "report.json")));
            }
        }
        finally
        {
            if (Run("umount", outDir) != 0)
            {
                Run("umount", "-l", outDir); // busy (a child still closing files): detach so the folder can be deleted
            }
        }
    }

    private static bool Mount(string dir) => Environment.UserName == "root" && Run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", dir) == 0;

    private static int Run(string file, params string[] args)
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            p.WaitForExit();
            return p.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1;
        }
    }
}
