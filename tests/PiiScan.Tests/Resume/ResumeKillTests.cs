using System.Diagnostics;
using PiiScan.Tests.Pipeline;
using PiiScan.Tests.Sharding;
using Xunit;

namespace PiiScan.Tests.Resume;

public class ResumeKillTests
{
    private static Process StartScan(string input, string outDir, string keys)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "piiscan.dll"), "scan", input, "--out", outDir, "--resume", "--quiet", "--no-ner", "--threads", "2", "--keys", keys, "--time-field", "ts" })
        {
            psi.ArgumentList.Add(a);
        }
        return Process.Start(psi)!;
    }

    private static int FinishedFiles(string outDir)
    {
        var manifest = Path.Combine(outDir, PiiScan.Resume.ResumeManifest.FileName);
        try
        {
            using var s = new FileStream(manifest, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var r = new StreamReader(s);
            return r.ReadToEnd().Split('\n').Count(l => l.Contains("\"kind\":\"file\"", StringComparison.Ordinal));
        }
        catch (IOException)
        {
            return 0;
        }
    }

    [Fact]
    public async Task ScanResume_KilledRepeatedly_FinalOutputsEqualUninterruptedRun()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        var dir = TestPaths.NewTempDir();
        var input = Path.Combine(dir, "in");
        ScaleData.Write(input, files: 40, minRecords: 2000, maxRecords: 5000, seed: 4242, times: true);
        // A keyring (subject index) and a time field (report timeline): their outputs must survive the kills too.
        var keys = Path.Combine(dir, "keys.json");
        Assert.Equal(0, CliHarness.Run("keys", "new", "--out", keys).ExitCode);
        var reference = Path.Combine(dir, "reference");
        var (refCode, _, refErr) = CliHarness.Run("scan", input, "--out", reference, "--quiet", "--no-ner", "--threads", "2", "--keys", keys, "--time-field", "ts");
        Assert.True(refCode == 3, refErr);

        var outDir = Path.Combine(dir, "resumed");
        var rng = new Random(77);
        var kills = 0;
        var target = 0;
        for (var attempt = 0; attempt < 4; attempt++)
        {
            target += rng.Next(3, 9);
            using var p = StartScan(input, outDir, keys);
            var stderr = p.StandardError.ReadToEndAsync();
            var deadline = DateTime.UtcNow.AddMinutes(3);
            while (!p.HasExited && FinishedFiles(outDir) < target && DateTime.UtcNow < deadline)
            {
                await Task.Delay(5);
            }
            await Task.Delay(rng.Next(0, 120));
            if (!p.HasExited)
            {
                p.Kill(); // SIGKILL: no flush, no cleanup
                kills++;
            }
            await p.WaitForExitAsync();
            await stderr;
        }
        Assert.True(kills >= 2, $"only {kills} runs were killed mid-scan");
        Assert.True(FinishedFiles(outDir) < 40, "some files were left for the final run");

        using (var last = StartScan(input, outDir, keys))
        {
            var stderr = last.StandardError.ReadToEndAsync();
            Assert.True(last.WaitForExit(300_000), "final resume did not finish");
            Assert.True(last.ExitCode == 3, $"exit {last.ExitCode}: {await stderr}");
        }

        ResumeAssert.SameOutputs(reference, outDir);
        ResumeAssert.SameSubjectIndex(reference, outDir);
        ScaleData.AssertSameSubjects(reference, outDir);
        ResumeAssert.SameReportData(reference, outDir);
        // The compared data is there: subjects of files finished before the kills, a timeline over the 40 days.
        var subjectSources = CliHarness.ReadParquet(Path.Combine(outDir, "subjects.parquet")).Select(r => (string)r["source"]!).ToHashSet();
        Assert.Equal(40, subjectSources.Count(s => !s.StartsWith("p/", StringComparison.Ordinal)));
        var md = ResumeAssert.MarkdownTables(outDir);
        Assert.Contains("| 2026-10-01 |", md, StringComparison.Ordinal);
        Assert.Contains("| 2026-11-09 |", md, StringComparison.Ordinal);
        Assert.Contains("| (no time) |", md, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(outDir, "*.tmp-*", SearchOption.AllDirectories));

        // Rows as a check that no record is duplicated or missing.
        var rows = CliHarness.ReadParquet(Path.Combine(outDir, "findings.parquet"));
        Assert.Equal(rows.Count, rows.Select(r => (r["source"], r["record"], r["field"], r["start"])).Distinct().Count());
        using var report = CliHarness.ReadReport(outDir);
        var records = report.RootElement.GetProperty("records");
        Assert.Equal(records.GetProperty("read").GetInt64(), records.GetProperty("written").GetInt64() + records.GetProperty("quarantined").GetInt64());
    }
}
