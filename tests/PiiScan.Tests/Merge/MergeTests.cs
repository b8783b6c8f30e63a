using Parquet;
using Parquet.Schema;
using PiiScan.Tests.Pipeline;
using Xunit;

namespace PiiScan.Tests.Merge;

public class MergeTests
{
    private static string ScanInto(string dir, string name, string content, string outName, params string[] extra)
    {
        var input = Path.Combine(dir, "in-" + outName);
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, name), content);
        var outDir = Path.Combine(dir, outName);
        var (code, _, err) = CliHarness.Run([.. new[] { "scan", input, "--out", outDir, "--quiet", "--no-ner" }, .. extra]);
        Assert.True(code is 0 or 3, err);
        return outDir;
    }

    [Fact]
    public void Merge_SameSourceInTwoOutputs_FailsWithOverlapError()
    {
        var dir = TestPaths.NewTempDir();
        var a = ScanInto(dir, "x.jsonl", "{\"e\":\"a@example.com\"}\n", "a");
        var b = ScanInto(dir, "x.jsonl", "{\"e\":\"b@example.com\"}\n", "b");
        var (code, _, err) = CliHarness.Run("merge", a, b, "--out", Path.Combine(dir, "m"));
        Assert.Equal(2, code);
        Assert.Contains("overlap", err);
    }

    [Fact]
    public void Merge_NotAScanOutput_FailsWithOneLine()
    {
        var dir = TestPaths.NewTempDir();
        var (code, _, err) = CliHarness.Run("merge", dir, "--out", Path.Combine(dir, "m"));
        Assert.Equal(2, code);
        Assert.Contains("not a scan output directory", err);
        Assert.Single(err.Trim().Split('\n'));
    }

    [Fact]
    public void Merge_DifferentOperators_Refused()
    {
        var dir = TestPaths.NewTempDir();
        var a = ScanInto(dir, "x.jsonl", "{\"e\":\"a@example.com\"}\n", "a");
        var b = ScanInto(dir, "y.jsonl", "{\"e\":\"b@example.com\"}\n", "b", "--operator", "mask");
        var (code, _, err) = CliHarness.Run("merge", a, b, "--out", Path.Combine(dir, "m"));
        Assert.Equal(2, code);
        Assert.Contains("operators", err);
    }

    [Fact]
    public void Merge_DifferentTimeFields_Refused()
    {
        var dir = TestPaths.NewTempDir();
        var a = ScanInto(dir, "x.jsonl", "{\"ts\":1790856000,\"e\":\"a@example.com\"}\n", "a", "--time-field", "ts");
        var b = ScanInto(dir, "y.jsonl", "{\"ts\":1790856000,\"e\":\"b@example.com\"}\n", "b");
        var (code, _, err) = CliHarness.Run("merge", a, b, "--out", Path.Combine(dir, "m"));
        Assert.Equal(2, code);
        Assert.Contains("--time-field", err);
        Assert.False(File.Exists(Path.Combine(dir, "m", "report.json")));
    }

    [Fact]
    public void Merge_ShardWithoutReportData_MergesCountsAndSkipsPages()
    {
        var dir = TestPaths.NewTempDir();
        var a = ScanInto(dir, "x.jsonl", "{\"e\":\"a@example.com\"}\n", "a");
        var b = ScanInto(dir, "y.jsonl", "{\"e\":\"b@example.com\"}\n", "b");
        // A report.json from before report_data existed.
        var reportPath = Path.Combine(b, "report.json");
        var node = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(reportPath))!.AsObject();
        Assert.True(node.Remove("report_data"));
        File.WriteAllText(reportPath, node.ToJsonString());
        var merged = Path.Combine(dir, "m");
        Directory.CreateDirectory(merged);
        File.WriteAllText(Path.Combine(merged, "report.html"), "stale page of an earlier merge");

        var (code, _, err) = CliHarness.Run("merge", a, b, "--out", merged);
        Assert.True(code == 0, err);
        Assert.Contains("report.html and report.md not written", err);
        Assert.False(File.Exists(Path.Combine(merged, "report.html")));
        Assert.False(File.Exists(Path.Combine(merged, "report.md")));
        using var report = CliHarness.ReadReport(merged);
        Assert.Equal(2, report.RootElement.GetProperty("findings").GetProperty("total").GetInt64());
        Assert.False(report.RootElement.TryGetProperty("report_data", out _));
    }

    [Fact]
    public async Task Merge_SubjectIndexPresent_WritesUnionOfRows()
    {
        var dir = TestPaths.NewTempDir();
        var a = ScanInto(dir, "x.jsonl", "{\"e\":\"a@example.com\"}\n", "a");
        var b = ScanInto(dir, "y.jsonl", "{\"e\":\"b@example.com\"}\n", "b");
        await WriteSubjects(Path.Combine(a, "subjects.parquet"), ["s1", "s2"], ["x.jsonl", "x.jsonl"]);
        await WriteSubjects(Path.Combine(b, "subjects.parquet"), ["s3"], ["y.jsonl"]);
        var merged = Path.Combine(dir, "m");
        var (code, _, err) = CliHarness.Run("merge", a, b, "--out", merged, "--quiet");
        Assert.True(code == 0, err);
        var rows = CliHarness.ReadParquet(Path.Combine(merged, "subjects.parquet"), "subject");
        Assert.Equal(["s1", "s2", "s3"], rows.Select(r => (string)r["subject"]!));
        Assert.Equal(["x.jsonl", "x.jsonl", "y.jsonl"], rows.Select(r => (string)r["source"]!));
        Assert.Equal(2, CliHarness.ReadParquet(Path.Combine(merged, "findings.parquet")).Count);
    }

    private static async Task WriteSubjects(string path, string[] subjects, string[] sources)
    {
        var subject = new DataField<string>("subject");
        var source = new DataField<string>("source");
        var count = new DataField<long>("count");
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(subject, source, count), stream);
        using var rg = writer.CreateRowGroup();
        await rg.WriteAsync(subject, subjects);
        await rg.WriteAsync(source, sources);
        await rg.WriteAsync<long>(count, Enumerable.Repeat(1L, subjects.Length).ToArray());
    }
}
