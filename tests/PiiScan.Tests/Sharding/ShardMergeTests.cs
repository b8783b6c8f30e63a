using PiiScan.Tests.Pipeline;
using Xunit;

namespace PiiScan.Tests.Sharding;

public class ShardMergeTests
{
    private static (int Code, string Err) Scan(string input, string outDir, params string[] extra)
    {
        var (code, _, err) = CliHarness.Run([.. new[] { "scan", input, "--out", outDir, "--quiet", "--no-ner", "--threads", "2" }, .. extra]);
        return (code, err);
    }

    // "resume": the shards run with --resume and --findings-jsonl --findings-include-text, as in the Kubernetes job.
    // Every run has a time field, so the merged report.html/report.md (timeline, top records) are compared too.
    [Theory]
    [InlineData(1, false)]
    [InlineData(3, false)]
    [InlineData(7, false)]
    [InlineData(3, true)]
    public void ScanShardsThenMerge_NShards_EqualsSingleRun(int n, bool resume)
    {
        string[] extra = resume ? ["--time-field", "ts", "--resume", "--findings-jsonl", "--findings-include-text"] : ["--time-field", "ts"];
        var dir = TestPaths.NewTempDir();
        var input = Path.Combine(dir, "in");
        ScaleData.Write(input, files: 21, minRecords: 150, maxRecords: 600, seed: 9000 + n, times: true);
        var single = Path.Combine(dir, "single");
        var (code, err) = Scan(input, single, [.. extra.Where(e => e != "--resume")]);
        Assert.True(code is 0 or 3, err);

        var shards = new List<string>();
        for (var i = 0; i < n; i++)
        {
            var shardOut = Path.Combine(dir, $"shard-{i}");
            var (c, e) = Scan(input, shardOut, [.. extra, "--shard", $"{i}/{n}"]);
            Assert.True(c is 0 or 3, e);
            shards.Add(shardOut);
        }
        var merged = Path.Combine(dir, "merged");
        var (mc, mout, merr) = CliHarness.Run([.. new[] { "merge" }, .. shards, "--out", merged]);
        Assert.True(mc == 0, merr);
        Assert.Contains("Merged", mout);

        // Same rows in the same order, same row groups: the tables are byte-identical.
        Assert.Equal(File.ReadAllBytes(Path.Combine(single, "findings.parquet")), File.ReadAllBytes(Path.Combine(merged, "findings.parquet")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(single, "quarantine.jsonl")), File.ReadAllBytes(Path.Combine(merged, "quarantine.jsonl")));
        Assert.Equal(resume, File.Exists(Path.Combine(merged, "findings.jsonl")));
        if (resume)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(single, "findings.jsonl")), File.ReadAllBytes(Path.Combine(merged, "findings.jsonl")));
            Assert.Contains("text", CliHarness.ReadParquet(Path.Combine(merged, "findings.parquet"))[0].Keys);
        }
        var singleTree = ScaleData.Tree(Path.Combine(single, "redacted"));
        var mergedTree = ScaleData.Tree(Path.Combine(merged, "redacted"));
        Assert.Equal(singleTree.Keys, mergedTree.Keys);
        foreach (var (k, v) in singleTree)
        {
            Assert.Equal(v, mergedTree[k]);
        }
        Assert.Equal(ScaleData.ReportCounts(single), ScaleData.ReportCounts(merged));
        Resume.ResumeAssert.SameReportData(single, merged);
        Assert.Contains("| (no time) |", Resume.ResumeAssert.MarkdownTables(merged));
        ScaleData.AssertSameSubjects(single, merged);
        using var report = CliHarness.ReadReport(merged);
        Assert.True(report.RootElement.GetProperty("records").GetProperty("quarantined").GetInt64() > 0, "the data has bad records");
    }

    [Fact]
    public void ScanShard_EmptyShard_WritesEmptyOutputs()
    {
        var dir = TestPaths.NewTempDir();
        var input = Path.Combine(dir, "in");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "only.jsonl"), "{\"a\":\"x@example.com\"}\n");
        var owner = PiiScan.Sharding.ShardSpec.ShardOf("only.jsonl", 2);
        var other = Path.Combine(dir, "other");
        var (code, err) = Scan(input, other, "--shard", $"{1 - owner}/2");
        Assert.True(code == 0, err);
        Assert.Empty(CliHarness.ReadParquet(Path.Combine(other, "findings.parquet")));
        using var report = CliHarness.ReadReport(other);
        Assert.Equal(0, report.RootElement.GetProperty("records").GetProperty("read").GetInt64());
    }

    [Fact]
    public void ScanShard_InvalidSpec_ExitsWithUsageError()
    {
        var dir = TestPaths.NewTempDir();
        File.WriteAllText(Path.Combine(dir, "a.txt"), "hello\n");
        var (code, err) = Scan(Path.Combine(dir, "a.txt"), Path.Combine(dir, "out"), "--shard", "4/4");
        Assert.Equal(2, code);
        Assert.Contains("--shard", err);
        Assert.Single(err.Trim().Split('\n'));
    }
}
