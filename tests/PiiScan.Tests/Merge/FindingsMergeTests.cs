using PiiScan.Merge;
using PiiScan.Reports;
using Xunit;

namespace PiiScan.Tests.Merge;

/// <summary>Merging the findings tables of shards: streamed by row group, in canonical order.</summary>
public class FindingsMergeTests
{
    private static FindingRow Row(string source, long record, int start) =>
        new(source, record, "$.e", start, start + 13, "EMAIL_ADDRESS", 0.9f, "EmailRecognizer", "redact", null);

    // Writes findings.parquet (three rows per row group) and findings.jsonl into a new shard directory.
    private static async Task<string> ShardAsync(string root, string name, params FindingRow[] rows)
    {
        var dir = Path.Combine(root, name);
        Directory.CreateDirectory(dir);
        await using var parquet = File.Create(Path.Combine(dir, "findings.parquet"));
        await using var jsonl = File.Create(Path.Combine(dir, "findings.jsonl"));
        await using (var writer = new FindingsWriter(parquet, jsonl, includeText: false) { RowGroupSize = 3 })
        {
            foreach (var row in rows)
            {
                writer.Add(row);
                await writer.FlushIfFullAsync();
            }
            await writer.CompleteAsync();
        }
        return dir;
    }

    private static FindingRow[] Rows(string source, int count) => [.. Enumerable.Range(0, count).Select(i => Row(source, i / 2, i * 20))];

    [Fact]
    public async Task MergeFindings_SortedShardsOfSeveralRowGroups_CanonicalOrder()
    {
        var root = TestPaths.NewTempDir();
        var a = await ShardAsync(root, "s0", [.. Rows("a.jsonl", 5), .. Rows("c/x.jsonl", 4)]);
        var b = await ShardAsync(root, "s1", [.. Rows("b.jsonl", 7), .. Rows("d.jsonl", 1)]);
        var outDir = Path.Combine(root, "m");
        Directory.CreateDirectory(outDir);

        var count = await OutputMerger.MergeFindingsAsync([a, b], outDir, default);

        FindingRow[] expected = [.. Rows("a.jsonl", 5), .. Rows("b.jsonl", 7), .. Rows("c/x.jsonl", 4), .. Rows("d.jsonl", 1)];
        Assert.Equal(expected.Length, count);
        Assert.Equal(expected, await FindingsReader.ReadAllAsync(Path.Combine(outDir, "findings.parquet")));
        Assert.Equal(expected.Length, File.ReadAllLines(Path.Combine(outDir, "findings.jsonl")).Length);
    }

    [Fact]
    public async Task MergeFindings_ShardNotGroupedBySource_SortedInMemoryKeepingScanOrder()
    {
        var root = TestPaths.NewTempDir();
        var a = await ShardAsync(root, "s0", [.. Rows("b.jsonl", 4), .. Rows("a.jsonl", 2), Row("b.jsonl", 9, 0)]);
        var b = await ShardAsync(root, "s1", Rows("c.jsonl", 2));
        var outDir = Path.Combine(root, "m");
        Directory.CreateDirectory(outDir);

        await OutputMerger.MergeFindingsAsync([a, b], outDir, default);

        FindingRow[] expected = [.. Rows("a.jsonl", 2), .. Rows("b.jsonl", 4), Row("b.jsonl", 9, 0), .. Rows("c.jsonl", 2)];
        Assert.Equal(expected, await FindingsReader.ReadAllAsync(Path.Combine(outDir, "findings.parquet")));
    }

    [Fact]
    public async Task MergeFindings_SourceInTwoShards_OverlapErrorAndNoTable()
    {
        var root = TestPaths.NewTempDir();
        var a = await ShardAsync(root, "s0", Rows("a.jsonl", 4));
        var b = await ShardAsync(root, "s1", [.. Rows("a.jsonl", 1), .. Rows("b.jsonl", 1)]);
        var outDir = Path.Combine(root, "m");
        Directory.CreateDirectory(outDir);

        var ex = await Assert.ThrowsAsync<PiiScanException>(() => OutputMerger.MergeFindingsAsync([a, b], outDir, default));
        Assert.Contains("overlap", ex.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(outDir, "findings.parquet")));
    }
}
