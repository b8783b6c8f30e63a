using PiiScan.Records;
using PiiScan.Tests.Readers;
using Xunit;

namespace PiiScan.Tests.Writers;

public class ParquetConversionTests
{
    private static List<string> ReadBack(byte[] parquet, string select)
    {
        var path = Path.Combine(IoHarness.TempDir(), "out.parquet");
        File.WriteAllBytes(path, parquet);
        return Duck.Query(select.Replace("FILE", "read_parquet(" + Duck.Quote(path) + ")"));
    }

    [Theory]
    [InlineData(Compression.None)]
    [InlineData(Compression.Gzip)]
    public void Write_JsonlAsParquet_RecordAndRedactedJson(Compression compression)
    {
        const string input = "{\"a\":\"alice@example.com\",\"n\":1}\n\n{bad json}\r\n{\"b\":\"😀 中文\"}";
        var result = IoHarness.Run(IoHarness.Source("in.jsonl", input, compression), outputFormat: InputFormat.Parquet);
        Assert.Equal(
            new[] { "0 | {\"a\":\"<EMAIL_ADDRESS>\",\"n\":1}", "3 | {\"b\":\"😀 中文\"}" },
            ReadBack(result.Output, "SELECT record, json FROM FILE ORDER BY record"));
        Assert.Equal(new[] { "record | BIGINT", "json | VARCHAR" }, ReadBack(result.Output, "SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM FILE)"));
    }

    [Fact]
    public void Write_TextAsParquet_RecordAndText()
    {
        var result = IoHarness.Run(IoHarness.Source("in.log", "mail alice@example.com\n\nbye"), outputFormat: InputFormat.Parquet);
        Assert.Equal(new[] { "0 | mail <EMAIL_ADDRESS>", "1 | ", "2 | bye" }, ReadBack(result.Output, "SELECT record, text FROM FILE ORDER BY record"));
    }

    [Fact]
    public void Write_CsvAsParquet_OneStringColumnPerCsvColumn()
    {
        const string input = "id,email,note\n1,alice@example.com,\"a, \"\"b\"\"\"\n2\n3,x,y,extra\n";
        var result = IoHarness.Run(IoHarness.Source("in.csv", input), outputFormat: InputFormat.Parquet);
        Assert.Equal(
            new[] { "0 | 1 | <EMAIL_ADDRESS> | a, \"b\"", "1 | 2 | NULL | NULL", "2 | 3 | x | y" },
            ReadBack(result.Output, "SELECT record, id, email, note FROM FILE ORDER BY record"));
    }

    [Fact]
    public void Write_ManyRows_SeveralRowGroupsDeterministic()
    {
        var lines = string.Concat(Enumerable.Range(0, 70_000).Select(i => $"{{\"i\":\"user{i}@example.com\"}}\n"));
        var first = IoHarness.Run(IoHarness.Source("in.jsonl", lines), outputFormat: InputFormat.Parquet);
        var second = IoHarness.Run(IoHarness.Source("in.jsonl", lines), outputFormat: InputFormat.Parquet);
        Assert.Equal(first.Output, second.Output);
        Assert.Equal(new[] { "70000 | 69999" }, ReadBack(first.Output, "SELECT count(*), max(record) FROM FILE"));
        Assert.Equal(new[] { "1" }, ReadBack(first.Output, "SELECT count(DISTINCT json) FROM FILE"));
    }

    [Fact]
    public void Write_EmptyJsonlAsParquet_ValidFileNoRows()
    {
        var result = IoHarness.Run(IoHarness.Source("in.jsonl", string.Empty), outputFormat: InputFormat.Parquet);
        Assert.Equal(new[] { "0" }, ReadBack(result.Output, "SELECT count(*) FROM FILE"));
    }
}
