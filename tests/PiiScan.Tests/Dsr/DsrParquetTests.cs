using System.Text.Json;
using PiiScan.Tests.Pipeline;
using Xunit;

namespace PiiScan.Tests.Dsr;

public class DsrParquetTests
{
    private const string Email = "alice.johnson@example.com";

    [Fact]
    public void ExportAndEraseDeleteRecord_ParquetSource_OnlySubjectRowsGo()
    {
        var dir = TestPaths.NewTempDir();
        var keys = Path.Combine(dir, "keys.json");
        Assert.Equal(0, CliHarness.Run("keys", "new", "--out", keys).ExitCode);
        var inputs = Path.Combine(dir, "in");
        Directory.CreateDirectory(inputs);
        var parquet = Path.Combine(inputs, "tickets.parquet");
        File.Copy(Path.Combine(TestPaths.RepoRoot, "samples", "tickets.parquet"), parquet);
        var outDir = Path.Combine(dir, "out");
        Assert.Equal(0, CliHarness.Run("scan", inputs, "--out", outDir, "--keys", keys, "--quiet", "--no-ner").ExitCode);
        var before = CliHarness.ReadParquet(parquet);

        var bundle = Path.Combine(dir, "bundle");
        var (code, _, stderr) = CliHarness.Run("dsr", "export", "--index", outDir, "--keys", keys, "--email", Email, "--out", bundle);
        Assert.True(code == 0, stderr);
        var exported = File.ReadAllLines(Path.Combine(bundle, "records.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.NotEmpty(exported);
        var subjectRows = exported.Select(e => (int)e.GetProperty("record").GetInt64()).ToHashSet();
        foreach (var e in exported)
        {
            var data = e.GetProperty("data");
            Assert.Equal(Email, data.GetProperty("email").GetString());
            Assert.Equal(before[(int)e.GetProperty("record").GetInt64()]["ticket_id"]?.ToString(), data.GetProperty("ticket_id").GetRawText());
        }

        (code, _, stderr) = CliHarness.Run("dsr", "erase", "--index", outDir, "--keys", keys, "--email", Email, "--mode", "delete-record");
        Assert.True(code == 0, stderr);
        var after = CliHarness.ReadParquet(parquet);
        var expected = before.Where((_, i) => !subjectRows.Contains(i)).ToList();
        Assert.Equal(expected.Count, after.Count);
        for (var i = 0; i < after.Count; i++)
        {
            Assert.Equal(expected[i]["ticket_id"], after[i]["ticket_id"]);
            Assert.Equal(expected[i]["email"], after[i]["email"]);
            Assert.Equal(expected[i]["body"], after[i]["body"]);
        }
        var rescan = Path.Combine(dir, "rescan");
        Assert.Equal(0, CliHarness.Run("scan", inputs, "--out", rescan, "--keys", keys, "--quiet", "--no-ner").ExitCode);
        var (_, stdout, _) = CliHarness.Run("dsr", "find", "--index", rescan, "--keys", keys, "--email", Email, "--json");
        Assert.Equal(0, JsonDocument.Parse(stdout).RootElement.GetProperty("total").GetInt32());
    }
}
