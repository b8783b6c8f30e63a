using DuckDB.NET.Data;
using PiiScan.Reports;
using Xunit;

namespace PiiScan.Tests.Reports;

public class FindingsWriterTests
{
    [Fact]
    public async Task Write_Rows_DuckDbReadsExactColumns()
    {
        var dir = TestPaths.NewTempDir();
        var path = Path.Combine(dir, "findings.parquet");
        await using (var fs = File.Create(path))
        {
            var w = new FindingsWriter(fs, null, includeText: false);
            w.Add(new FindingRow("a/b.jsonl", 3, "user.email", 0, 17, "EMAIL_ADDRESS", 0.95f, "EmailRecognizer", "replace", null));
            w.Add(new FindingRow("a/b.jsonl", 4, "request.messages[1].content", 5, 24, "CREDIT_CARD", 1f, "CreditCardRecognizer", "mask", null));
            await w.CompleteAsync();
            await w.DisposeAsync();
        }
        using var db = new DuckDBConnection("DataSource=:memory:");
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = $"SELECT * FROM read_parquet('{path}') ORDER BY record";
        using var reader = cmd.ExecuteReader();
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        Assert.Equal(["source", "record", "field", "start", "end", "type", "score", "recognizer", "operator"], columns);
        Assert.True(reader.Read());
        Assert.Equal("a/b.jsonl", reader.GetString(0));
        Assert.Equal(3L, reader.GetInt64(1));
        Assert.Equal("user.email", reader.GetString(2));
        Assert.Equal(17, reader.GetInt32(4));
        Assert.True(reader.Read());
        Assert.Equal("mask", reader.GetString(8));
        Assert.False(reader.Read());
    }

    [Fact]
    public async Task Write_NoRows_EmptyTableWithSchema()
    {
        var dir = TestPaths.NewTempDir();
        var path = Path.Combine(dir, "findings.parquet");
        await using (var fs = File.Create(path))
        {
            var w = new FindingsWriter(fs, null, includeText: true);
            await w.CompleteAsync();
            await w.DisposeAsync();
        }
        using var db = new DuckDBConnection("DataSource=:memory:");
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = $"SELECT count(*) FROM read_parquet('{path}')";
        Assert.Equal(0L, Convert.ToInt64(cmd.ExecuteScalar()));
        cmd.CommandText = $"SELECT text FROM read_parquet('{path}')";
        using var reader = cmd.ExecuteReader();
        Assert.Equal("text", reader.GetName(0));
    }

    [Theory]
    [InlineData("request.messages[12].content", "request.messages[*].content")]
    [InlineData("[0].a[3][4]", "[*].a[*][*]")]
    [InlineData("email", "email")]
    [InlineData("tags[x]", "tags[x]")]
    public void FoldIndexes_Path_FoldsNumericIndexes(string path, string expected) => Assert.Equal(expected, RunReport.FoldIndexes(path));
}
