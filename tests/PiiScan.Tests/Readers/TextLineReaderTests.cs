using System.Text;
using PiiScan.Readers;
using PiiScan.Records;
using Xunit;

namespace PiiScan.Tests.Readers;

public class TextLineReaderTests
{
    [Theory]
    [InlineData(Compression.None)]
    [InlineData(Compression.Gzip)]
    [InlineData(Compression.Zstd)]
    public void ReadBatch_Lines_EveryLineIsARecordAndRoundTrips(Compression compression)
    {
        const string input = "hello alice@example.com\r\n\nplain 😀 中文\n\r\nlast bob@example.com";
        var result = IoHarness.Run(IoHarness.Source("chat.log", input, compression));
        Assert.Equal(new long[] { 0, 1, 2, 3, 4 }, result.Records.Select(r => r.Index));
        Assert.All(result.AllFields, f => Assert.Equal(("text", ""), (f.Path, f.Key)));
        Assert.Equal(new[] { "hello alice@example.com", "", "plain 😀 中文", "", "last bob@example.com" }, result.AllFields.Select(f => f.Text));
        Assert.Equal(input.Replace("alice@example.com", IoHarness.Email).Replace("bob@example.com", IoHarness.Email), result.OutputText);
    }

    [Fact]
    public void ReadBatch_InvalidUtf8_QuarantinedWithOffset()
    {
        var bytes = "ok\nab"u8.ToArray().Concat(new byte[] { 0xFF }).Concat("c\nfine\n"u8.ToArray()).ToArray();
        var result = IoHarness.Run(IoHarness.Source("a.txt", bytes));
        Assert.Equal(new string?[] { null, "invalid UTF-8 at byte 2", null }, result.Records.Select(r => r.Quarantine));
        Assert.Equal("ok\nfine\n", result.OutputText);
    }

    [Fact]
    public void ReadBatch_LongLineInText_QuarantinedOthersKept()
    {
        var input = "a\n" + new string('x', 5000) + "\r\nb";
        var result = IoHarness.Run(IoHarness.Source("a.txt", input), new ReaderOptions { MaxRecordBytes = 1000 });
        Assert.Equal(new string?[] { null, "record exceeds max record size (1000 bytes)", null }, result.Records.Select(r => r.Quarantine));
        Assert.Equal("a\nb", result.OutputText);
    }

    [Fact]
    public void ReadBatch_LineExactlyMax_Accepted()
    {
        var input = new string('x', 1000) + "\r\n" + new string('y', 1001) + "\n";
        var result = IoHarness.Run(IoHarness.Source("a.txt", input), new ReaderOptions { MaxRecordBytes = 1000 });
        Assert.Equal(new[] { true, false }, result.Records.Select(r => r.Quarantine is null));
    }

    [Fact]
    public void ReadBatch_ManyLinesAcrossBufferRefills_AllRead()
    {
        var sb = new StringBuilder();
        var random = new Random(7);
        for (var i = 0; i < 20000; i++)
        {
            sb.Append(new string('a', random.Next(0, 200))).Append(i % 3 == 0 ? "\r\n" : "\n");
        }
        var result = IoHarness.Run(IoHarness.Source("a.txt", sb.ToString(), Compression.Gzip), new ReaderOptions { BatchRecords = 777 });
        Assert.Equal(20000, result.Records.Count);
        Assert.Equal(sb.ToString(), result.OutputText);
    }
}
