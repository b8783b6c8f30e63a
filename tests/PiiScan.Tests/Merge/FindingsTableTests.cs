using PiiScan.Merge;
using PiiScan.Reports;
using Xunit;

namespace PiiScan.Tests.Merge;

public class FindingsTableTests
{
    private static async Task<string> WriteAsync(bool includeText)
    {
        var path = Path.Combine(TestPaths.NewTempDir(), "findings.parquet");
        await using (var stream = File.Create(path))
        {
            await using var writer = new FindingsWriter(stream, null, includeText);
            writer.Add(new FindingRow("a.jsonl", 3, "$.e", 0, 13, "EMAIL_ADDRESS", 0.9f, "EmailRecognizer", "redact", "a@example.com"));
            await writer.CompleteAsync();
        }
        return path;
    }

    [Fact]
    public async Task ReadAsync_TableWithText_ReturnsText()
    {
        var (rows, hasText) = await FindingsTable.ReadAsync(await WriteAsync(includeText: true));
        Assert.True(hasText);
        var row = Assert.Single(rows);
        Assert.Equal(new FindingRow("a.jsonl", 3, "$.e", 0, 13, "EMAIL_ADDRESS", 0.9f, "EmailRecognizer", "redact", "a@example.com"), row);
    }

    [Fact]
    public async Task ReadAsync_TableWithoutText_ReturnsNullText()
    {
        var (rows, hasText) = await FindingsTable.ReadAsync(await WriteAsync(includeText: false));
        Assert.False(hasText);
        Assert.Null(Assert.Single(rows).Text);
        Assert.Equal("EMAIL_ADDRESS", rows[0].Type);
    }

    [Fact]
    public async Task ReadAllAsync_TableWithText_LeavesTextOut()
    {
        var row = Assert.Single(await FindingsReader.ReadAllAsync(await WriteAsync(includeText: true)));
        Assert.Equal(new FindingRow("a.jsonl", 3, "$.e", 0, 13, "EMAIL_ADDRESS", 0.9f, "EmailRecognizer", "redact", null), row);
    }
}
