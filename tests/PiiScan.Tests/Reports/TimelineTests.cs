using Parquet.Serialization;
using PiiScan.Tests.Pipeline;
using Xunit;

namespace PiiScan.Tests.Reports;

public class TimelineTests
{
    public sealed class Row
    {
        public long Ts { get; set; }

        public string Msg { get; set; } = "";
    }

    [Fact]
    public async Task Scan_ParquetEpochMillisTimeField_TimelinePerDay()
    {
        var dir = TestPaths.NewTempDir();
        var input = Path.Combine(dir, "in");
        Directory.CreateDirectory(input);
        var day = 1790856000000L; // 2026-10-01T12:00:00Z in milliseconds
        var rows = Enumerable.Range(0, 6).Select(i => new Row { Ts = day + (i / 2) * 86_400_000L, Msg = i % 2 == 0 ? "mail u" + i + "@example.com" : "no pii" }).ToList();
        await using (var fs = File.Create(Path.Combine(input, "events.parquet")))
        {
            await ParquetSerializer.SerializeAsync(rows, fs);
        }
        var outDir = Path.Combine(dir, "out");
        var (code, _, stderr) = CliHarness.Run("scan", input, "--out", outDir, "--quiet", "--no-ner", "--time-field", "Ts");
        Assert.True(code == 0, stderr);
        var md = File.ReadAllText(Path.Combine(outDir, "report.md"));
        Assert.Contains("| 2026-10-01 | 2 | 1 |", md);
        Assert.Contains("| 2026-10-02 | 2 | 1 |", md);
        Assert.Contains("| 2026-10-03 | 2 | 1 |", md);
        Assert.DoesNotContain("(no time)", md);
        Assert.DoesNotContain("@example.com", md);
    }

    [Fact]
    public void Scan_CsvTimeFieldNotScanned_TimelineStillFromColumn()
    {
        var dir = TestPaths.NewTempDir();
        var input = Path.Combine(dir, "in");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "t.csv"), "when,note\n2026-10-05T01:00:00Z,\"x, a@example.com\"\n1790856000,plain\nnot-a-time,plain\n");
        var outDir = Path.Combine(dir, "out");
        var (code, _, stderr) = CliHarness.Run("scan", input, "--out", outDir, "--quiet", "--no-ner", "--fields", "note", "--time-field", "when");
        Assert.True(code == 0, stderr);
        var md = File.ReadAllText(Path.Combine(outDir, "report.md"));
        Assert.Contains("| 2026-10-05 | 1 | 1 |", md);
        Assert.Contains("| 2026-10-01 | 1 | 0 |", md);
        Assert.Contains("| (no time) | 1 | |", md);
    }
}
