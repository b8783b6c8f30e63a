using PiiScan.Readers;
using PiiScan.Records;
using Xunit;

namespace PiiScan.Tests.Readers;

public class CsvReaderTests
{
    private const string Csv =
        "\uFEFFid,email,note,\"quoted, header\"\r\n"
        + "1,alice@example.com,\"multi\r\nline \"\"note\"\" bob@example.com\",x\r\n"
        + "2,\"carol@example.com\",,\"\"\r\n"
        + "3,plain,\"comma, inside\",4111 1111 1111 1111\r\n";

    [Theory]
    [InlineData(Compression.None)]
    [InlineData(Compression.Gzip)]
    [InlineData(Compression.Zstd)]
    public void ReadBatch_Csv_FieldsPathsRawAndRoundTrip(Compression compression)
    {
        var result = IoHarness.Run(IoHarness.Source("people.csv", Csv, compression));
        Assert.Equal(new long[] { 0, 1, 2 }, result.Records.Select(r => r.Index));
        var first = result.Records[0].Fields;
        Assert.Equal(new[] { "id", "email", "note", "quoted, header" }, first.Select(f => f.Path));
        Assert.All(first, f => Assert.Equal(f.Path, f.Key));
        Assert.Equal("multi\r\nline \"note\" bob@example.com", first[2].Text);
        Assert.Equal("\"multi\r\nline \"\"note\"\" bob@example.com\"", first[2].Raw);
        Assert.Equal("carol@example.com", result.Records[1].Fields[1].Text);
        Assert.Equal("\"carol@example.com\"", result.Records[1].Fields[1].Raw);
        Assert.Equal(string.Empty, result.Records[1].Fields[3].Text);
        var expected = Csv.Replace("alice@example.com", IoHarness.Email).Replace("bob@example.com", IoHarness.Email)
            .Replace("carol@example.com", IoHarness.Email);
        Assert.Equal(expected, result.OutputText);
        Assert.Equal(0xEF, result.Output[0]);
    }

    [Fact]
    public void ReadBatch_Tsv_TabDelimitedLfNoFinalNewline()
    {
        const string tsv = "name\tmail\nAnn\tann@example.com\nBo\tbo, not quoted\tEXTRA";
        var result = IoHarness.Run(IoHarness.Source("x.tsv", tsv));
        Assert.Equal(new[] { "name", "mail", "name", "mail", "col3" }, result.AllFields.Select(f => f.Path));
        Assert.Equal(tsv.Replace("ann@example.com", IoHarness.Email), result.OutputText);
    }

    [Theory]
    [InlineData("plain", "a,b\n1,x@example.com\n", "a,b\n1,plain\n")]
    [InlineData("needs,quote", "a,b\n1,x@example.com\n", "a,b\n1,\"needs,quote\"\n")]
    [InlineData("has \"quote\"", "a,b\n1,x@example.com\n", "a,b\n1,\"has \"\"quote\"\"\"\n")]
    [InlineData("new\nline", "a,b\n1,x@example.com\n", "a,b\n1,\"new\nline\"\n")]
    [InlineData("plain", "a,b\n1,\"x@example.com\"\n", "a,b\n1,\"plain\"\n")]
    public void Write_NewValue_QuotedOnlyWhenNeededOrOriginallyQuoted(string value, string input, string expected)
    {
        var result = IoHarness.Run(IoHarness.Source("a.csv", input), redact: (f, t) => t.Contains('@') ? value : null);
        Assert.Equal(expected, result.OutputText);
    }

    [Fact]
    public void ReadBatch_UnbalancedQuote_QuarantinedRestOfFile()
    {
        var result = IoHarness.Run(IoHarness.Source("q.csv", "a,b\n1,ok\n2,\"never closed\n3,x\n"));
        Assert.Equal(new string?[] { null, "unbalanced quote" }, result.Records.Select(r => r.Quarantine));
        Assert.Equal("a,b\n1,ok\n", result.OutputText);
    }

    [Fact]
    public void ReadBatch_RaggedRows_ProcessedNotQuarantined()
    {
        const string input = "a,b,c\n1\n1,2,3,alice@example.com\n\n";
        var result = IoHarness.Run(IoHarness.Source("r.csv", input));
        Assert.All(result.Records, r => Assert.Null(r.Quarantine));
        Assert.Equal(new[] { "a", "a,b,c,col4", "a" }, result.Records.Select(r => string.Join(",", r.Fields.Select(f => f.Path))));
        Assert.Equal(input.Replace("alice@example.com", IoHarness.Email), result.OutputText);
    }

    [Fact]
    public void ReadBatch_ColumnSelection_OnlySelectedColumns()
    {
        var options = new ReaderOptions { Fields = FieldSelector.Parse(["email"]) };
        var result = IoHarness.Run(IoHarness.Source("people.csv", Csv), options);
        Assert.All(result.AllFields, f => Assert.Equal("email", f.Path));
        Assert.Equal(3, result.AllFields.Count());
    }

    [Fact]
    public void ReadBatch_HeaderOnlyAndEmpty_NoRecords()
    {
        var header = IoHarness.Run(IoHarness.Source("h.csv", "a,b\r\n"));
        Assert.Empty(header.Records);
        Assert.Equal("a,b\r\n", header.OutputText);
        var empty = IoHarness.Run(IoHarness.Source("e.csv", string.Empty));
        Assert.Empty(empty.Records);
        Assert.Empty(empty.Output);
    }

    [Fact]
    public void ReadBatch_LongRowWithQuotedNewlines_QuarantinedAndBounded()
    {
        var big = new string('x', 300_000);
        var input = "a,b\n1,ok\n2,\"" + big + "\n" + big + "\"\n3,alice@example.com\n";
        var result = IoHarness.Run(IoHarness.Source("big.csv", input), new ReaderOptions { MaxRecordBytes = 100_000, BatchRecords = 1 });
        Assert.Equal(new string?[] { null, "record exceeds max record size (100000 bytes)", null }, result.Records.Select(r => r.Quarantine));
        Assert.Equal("a,b\n1,ok\n3," + IoHarness.Email + "\n", result.OutputText);
        Assert.True(result.MaxRawLength <= 200_000);
    }

    [Fact]
    public void ReadBatch_SmallBatches_HeaderOnlyInFirstBatch()
    {
        var rows = string.Concat(Enumerable.Range(0, 50).Select(i => $"{i},user{i}@example.com\n"));
        var input = "id,email\n" + rows;
        var result = IoHarness.Run(IoHarness.Source("many.csv", input), new ReaderOptions { BatchRecords = 7 });
        Assert.Equal(50, result.Records.Count);
        Assert.Equal(Enumerable.Range(0, 50).Select(i => (long)i), result.Records.Select(r => r.Index));
        Assert.Equal("id,email\n" + string.Concat(Enumerable.Range(0, 50).Select(i => $"{i},{IoHarness.Email}\n")), result.OutputText);
    }
}
