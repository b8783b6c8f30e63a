using PiiScan.Resume;
using PiiScan.Tests.Pipeline;
using PiiScan.Tests.Sharding;
using Xunit;

namespace PiiScan.Tests.Resume;

public class ResumeTests
{
    private static (int Code, string Err) Scan(string input, string outDir, params string[] extra)
    {
        var (code, _, err) = CliHarness.Run([.. new[] { "scan", input, "--out", outDir, "--no-ner", "--threads", "2", "--resume" }, .. extra]);
        return (code, err);
    }

    private static string MakeInput(string dir)
    {
        var input = Path.Combine(dir, "in");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "a.jsonl"), "{\"e\":\"a@example.com\"}\n{\"e\":\"nothing\"}\n");
        File.WriteAllText(Path.Combine(input, "b.jsonl"), "{\"e\":\"b@example.com from 203.0.113.9\"}\n{bad\n");
        File.WriteAllText(Path.Combine(input, "c.txt"), "call c@example.com\n");
        return input;
    }

    [Fact]
    public void ScanResume_SecondRun_SkipsFinishedFilesWithoutRewritingThem()
    {
        var dir = TestPaths.NewTempDir();
        var input = MakeInput(dir);
        var outDir = Path.Combine(dir, "out");
        Assert.Equal(3, Scan(input, outDir).Code);
        var redacted = Path.Combine(outDir, "redacted", "a.jsonl");
        var stamp = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(redacted, stamp);
        var firstReport = ScaleData.ReportCounts(outDir);

        var (code, err) = Scan(input, outDir);
        Assert.Equal(3, code);
        Assert.Contains("3 of 3 files already finished", err);
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(redacted));
        Assert.Equal(firstReport, ScaleData.ReportCounts(outDir));
        Assert.Equal(3, CliHarness.ReadParquet(Path.Combine(outDir, "findings.parquet")).Count(r => (string)r["type"]! == "EMAIL_ADDRESS"));
    }

    [Fact]
    public void ScanResume_FileChanged_IsScannedAgain()
    {
        var dir = TestPaths.NewTempDir();
        var input = MakeInput(dir);
        var outDir = Path.Combine(dir, "out");
        Assert.Equal(3, Scan(input, outDir).Code);
        File.WriteAllText(Path.Combine(input, "c.txt"), "call c@example.com\nand d@example.com\n");

        var (code, err) = Scan(input, outDir);
        Assert.Equal(3, code);
        Assert.Contains("2 of 3 files already finished; scanning 1", err);
        Assert.Equal("call <EMAIL_ADDRESS>\nand <EMAIL_ADDRESS>\n", File.ReadAllText(Path.Combine(outDir, "redacted", "c.txt")));
        var rows = CliHarness.ReadParquet(Path.Combine(outDir, "findings.parquet"));
        Assert.Equal(2, rows.Count(r => (string)r["source"]! == "c.txt"));
    }

    [Fact]
    public void ScanResume_OtherOptions_RefusedWithOneLine()
    {
        var dir = TestPaths.NewTempDir();
        var input = MakeInput(dir);
        var outDir = Path.Combine(dir, "out");
        Assert.Equal(3, Scan(input, outDir).Code);
        var (code, err) = Scan(input, outDir, "--operator", "mask");
        Assert.Equal(2, code);
        Assert.Contains("other options", err);
        Assert.Single(err.Trim().Split('\n'));
    }

    [Fact]
    public void ScanResume_OtherTimeFieldOrKey_RefusedAndSameOptionsRebuildIndexFromParts()
    {
        var dir = TestPaths.NewTempDir();
        var input = MakeInput(dir);
        var keys = Path.Combine(dir, "keys.json");
        Assert.Equal(0, CliHarness.Run("keys", "new", "--out", keys).ExitCode);
        var outDir = Path.Combine(dir, "out");
        Assert.Equal(3, Scan(input, outDir, "--keys", keys, "--time-field", "t").Code);
        var subjects = File.ReadAllBytes(Path.Combine(outDir, "subjects.parquet"));
        var markdown = ResumeAssert.MarkdownTables(outDir);

        // Every file skipped: subjects.parquet and the report are rebuilt from the parts alone, unchanged.
        var (code, err) = Scan(input, outDir, "--keys", keys, "--time-field", "t");
        Assert.Equal(3, code);
        Assert.Contains("3 of 3 files already finished", err);
        Assert.Equal(subjects, File.ReadAllBytes(Path.Combine(outDir, "subjects.parquet")));
        Assert.Equal(markdown, ResumeAssert.MarkdownTables(outDir));
        Assert.Equal(3, CliHarness.ReadParquet(Path.Combine(outDir, "subjects.parquet")).Select(r => r["source"]).Distinct().Count());

        // Parts of another time field or subject key would mix into the timeline or the index.
        (code, err) = Scan(input, outDir, "--keys", keys, "--time-field", "u");
        Assert.Equal(2, code);
        Assert.Contains("other options", err);
        (code, err) = Scan(input, outDir, "--keys", keys);
        Assert.Equal(2, code);
        Assert.Equal(0, CliHarness.Run("keys", "rotate", "--keys", keys).ExitCode);
        (code, err) = Scan(input, outDir, "--keys", keys, "--time-field", "t");
        Assert.Equal(2, code);
        Assert.Contains("other options", err);
    }

    [Fact]
    public void ScanResume_TornManifestLineAndStaleTemporaries_AreIgnoredAndRemoved()
    {
        var dir = TestPaths.NewTempDir();
        var input = MakeInput(dir);
        var outDir = Path.Combine(dir, "out");
        Assert.Equal(3, Scan(input, outDir).Code);
        var manifest = Path.Combine(outDir, ResumeManifest.FileName);
        var lines = File.ReadAllLines(manifest);
        // Drop the last file's line and leave half of it, as a kill during the append would.
        File.WriteAllText(manifest, string.Join("\n", lines[..^1]) + "\n" + lines[^1][..20]);
        var stale = Path.Combine(outDir, "redacted", ".c.txt.tmp-999999");
        File.WriteAllText(stale, "half");

        var (code, err) = Scan(input, outDir);
        Assert.Equal(3, code);
        Assert.Contains("2 of 3 files already finished", err);
        Assert.False(File.Exists(stale));
        Assert.Equal(4, File.ReadAllLines(manifest).Length);
        Assert.All(File.ReadAllLines(manifest), l => Assert.EndsWith("}", l));
    }

    [Fact]
    public void ScanResume_OutputDirectoryInUse_RefusedWithOneLine()
    {
        var dir = TestPaths.NewTempDir();
        var input = MakeInput(dir);
        var outDir = Path.Combine(dir, "out");
        Directory.CreateDirectory(outDir);
        using (new FileStream(Path.Combine(outDir, ResumeSession.LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            var (code, err) = Scan(input, outDir);
            Assert.Equal(2, code);
            Assert.Contains("another piiscan run", err);
        }
        Assert.Equal(3, Scan(input, outDir).Code);
    }

    [Fact]
    public void ScanResume_FindingsJsonlAndText_RebuiltLikeAPlainRun()
    {
        var dir = TestPaths.NewTempDir();
        var input = MakeInput(dir);
        var plain = Path.Combine(dir, "plain");
        var (pc, _, perr) = CliHarness.Run("scan", input, "--out", plain, "--no-ner", "--quiet", "--findings-jsonl", "--findings-include-text");
        Assert.True(pc == 3, perr);
        var outDir = Path.Combine(dir, "out");
        Assert.Equal(3, Scan(input, outDir, "--findings-jsonl", "--findings-include-text", "--quiet").Code);
        File.Delete(Path.Combine(outDir, "redacted", "b.jsonl")); // a lost output: that file is redone
        Assert.Equal(3, Scan(input, outDir, "--findings-jsonl", "--findings-include-text", "--quiet").Code);
        foreach (var name in new[] { "findings.parquet", "findings.jsonl", "quarantine.jsonl", "redacted/b.jsonl" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(plain, name)), File.ReadAllBytes(Path.Combine(outDir, name)));
        }
        Assert.Equal(ScaleData.ReportCounts(plain), ScaleData.ReportCounts(outDir));
    }
}
