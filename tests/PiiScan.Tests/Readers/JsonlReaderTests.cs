using System.Text;
using PiiScan.Readers;
using PiiScan.Records;
using Xunit;

namespace PiiScan.Tests.Readers;

public class JsonlReaderTests
{
    private const string Nested =
        "{\"user\":{\"email\":\"alice@example.com\",\"name\":\"Zoë\"},\"request\":{\"messages\":[{\"role\":\"user\",\"content\":\"mail bob@example.com\"},"
        + "{\"role\":\"assistant\",\"content\":\"ok\"}]},\"n\":1.50,\"nil\":null,\"ok\":true,\"tags\":[\"x\",[\"y\"]]}\n";

    [Fact]
    public void ReadBatch_NestedObject_PathsAndKeys()
    {
        var result = IoHarness.Run(IoHarness.Source("a.jsonl", Nested));
        var record = Assert.Single(result.Records);
        Assert.Null(record.Quarantine);
        Assert.Equal(
            new[]
            {
                ("user.email", "email", "alice@example.com"),
                ("user.name", "name", "Zoë"),
                ("request.messages[0].role", "role", "user"),
                ("request.messages[0].content", "content", "mail bob@example.com"),
                ("request.messages[1].role", "role", "assistant"),
                ("request.messages[1].content", "content", "ok"),
                ("tags[0]", "tags", "x"),
                ("tags[1][0]", "tags", "y"),
            },
            record.Fields.Select(f => (f.Path, f.Key, f.Text)).ToArray());
        Assert.All(record.Fields, f => Assert.Equal("\"" + f.Text + "\"", f.Raw));
    }

    [Theory]
    [InlineData("[{\"x\":\"a\"},\"b\"]", "[0].x|x|a;[1]||b")]
    [InlineData("\"root\"", "||root")]
    [InlineData("{\"a\":{\"b\":{\"c\":[\"d\"]}}}", "a.b.c[0]|c|d")]
    [InlineData("{\"k.dot\":\"v\"}", "k.dot|k.dot|v")]
    [InlineData("{\"e\\u0301\":\"v\"}", "e\u0301|e\u0301|v")]
    [InlineData("[[\"a\"],[\"b\",\"c\"]]", "[0][0]||a;[1][0]||b;[1][1]||c")]
    [InlineData("123", "")]
    public void ReadBatch_Shapes_PathsKeysValues(string line, string expected)
    {
        var result = IoHarness.Run(IoHarness.Source("a.jsonl", line + "\n"));
        var record = Assert.Single(result.Records);
        Assert.Null(record.Quarantine);
        Assert.Equal(expected, string.Join(";", record.Fields.Select(f => $"{f.Path}|{f.Key}|{f.Text}")));
    }

    [Fact]
    public void ReadBatch_Escapes_DecodedTextAndRawToken()
    {
        const string line = "{\"s\":\"caf\\u00e9 \\ud83d\\ude00 \\\"q\\\" \\\\ \\n\\t 中文 😀 é\"}";
        var result = IoHarness.Run(IoHarness.Source("a.jsonl", line));
        var field = Assert.Single(Assert.Single(result.Records).Fields);
        Assert.Equal("café 😀 \"q\" \\ \n\t 中文 😀 é", field.Text);
        Assert.Equal(line[5..^1], field.Raw);
    }

    [Theory]
    [InlineData("request.messages[*].content", "request.messages[0].content,request.messages[1].content")]
    [InlineData("user.email", "user.email")]
    [InlineData("user", "user.email,user.name")]
    [InlineData("tags[0]", "tags[0]")]
    [InlineData("tags[*]", "tags[0],tags[1][0]")]
    [InlineData("*.email,nothing", "user.email")]
    public void ReadBatch_FieldSelection_OnlySelectedPaths(string patterns, string expected)
    {
        var options = new ReaderOptions { Fields = FieldSelector.Parse([patterns]) };
        var result = IoHarness.Run(IoHarness.Source("a.jsonl", Nested), options);
        Assert.Equal(expected, string.Join(",", result.AllFields.Select(f => f.Path)));
    }

    [Fact]
    public void ReadBatch_RootArraySelection_IndexPattern()
    {
        var options = new ReaderOptions { Fields = FieldSelector.Parse(["[0]"]) };
        var result = IoHarness.Run(IoHarness.Source("a.jsonl", "[\"a\",\"b\"]\n[{\"x\":\"c\"}]\n"), options);
        Assert.Equal("[0]=a,[0].x=c", string.Join(",", result.AllFields.Select(f => $"{f.Path}={f.Text}")));
    }

    [Fact]
    public void ReadBatch_MalformedLines_QuarantinedWithReasonOthersKept()
    {
        var bytes = new List<byte>();
        bytes.AddRange("{\"a\":\"ok1\"}\n{\"a\": tru}\n"u8.ToArray());
        bytes.AddRange("{\"a\":\"bad "u8.ToArray());
        bytes.AddRange(new byte[] { 0xC3, 0x28 });
        bytes.AddRange("\"}\n{\"a\":\"x\"} trailing\n"u8.ToArray());
        bytes.AddRange(Encoding.UTF8.GetBytes(new string('[', 70) + new string(']', 70) + "\n"));
        bytes.AddRange("{\"a\":\"ok2\"}\n{\"a\":\"\\ud800\"}\n"u8.ToArray());
        var result = IoHarness.Run(IoHarness.Source("a.jsonl", bytes.ToArray()));
        Assert.Equal(7, result.Records.Count);
        Assert.Equal(Enumerable.Range(0, 7).Select(i => (long)i), result.Records.Select(r => r.Index));
        Assert.Null(result.Records[0].Quarantine);
        Assert.StartsWith("invalid JSON: ", result.Records[1].Quarantine);
        Assert.Equal("invalid UTF-8 at byte 10", result.Records[2].Quarantine);
        Assert.StartsWith("invalid JSON: ", result.Records[3].Quarantine);
        Assert.Equal("JSON nesting exceeds max depth (64)", result.Records[4].Quarantine);
        Assert.Null(result.Records[5].Quarantine);
        Assert.StartsWith("invalid JSON: ", result.Records[6].Quarantine);
        Assert.DoesNotContain("tru", result.Records[1].Quarantine);
        Assert.All(result.Records.Where(r => r.Quarantine is not null), r => Assert.Empty(r.Fields));
        Assert.Equal("{\"a\":\"ok1\"}\n{\"a\":\"ok2\"}\n", result.OutputText);
    }

    [Fact]
    public void ReadBatch_BlankLines_NotRecordsButCopied()
    {
        const string input = "\n{\"a\":\"alice@example.com\"}\n  \n\r\n{\"b\":\"x\"}\r\n\n\n";
        var result = IoHarness.Run(IoHarness.Source("a.jsonl", input));
        Assert.Equal(new long[] { 1, 4 }, result.Records.Select(r => r.Index));
        Assert.All(result.Records, r => Assert.Null(r.Quarantine));
        Assert.Equal(input.Replace("alice@example.com", IoHarness.Email), result.OutputText);
    }

    [Fact]
    public void ReadBatch_SmallBatches_IndexesAndOffsetsContinue()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 25; i++)
        {
            sb.Append("{\"i\":\"").Append(i).Append("\"}\n");
        }
        var options = new ReaderOptions { BatchRecords = 4 };
        var result = IoHarness.Run(IoHarness.Source("a.jsonl", sb.ToString()), options);
        Assert.Equal(Enumerable.Range(0, 25).Select(i => (long)i), result.Records.Select(r => r.Index));
        Assert.Equal(0, result.Records[0].ByteOffset);
        Assert.Equal(10, result.Records[1].ByteOffset);
        Assert.True(result.Batches >= 7);
        Assert.Equal(sb.ToString(), result.OutputText);
    }

    [Fact]
    public void ReadBatch_EmptyFile_NoRecordsNoError()
    {
        var result = IoHarness.Run(IoHarness.Source("a.jsonl", string.Empty));
        Assert.Empty(result.Records);
        Assert.Empty(result.Output);
    }

    [Theory]
    [InlineData(Compression.Gzip)]
    [InlineData(Compression.Zstd)]
    public void ReadBatch_TruncatedCompressedInput_ThrowsInvalidDataException(Compression compression)
    {
        var sb = new StringBuilder();
        var random = new Random(42);
        for (var i = 0; i < 20000; i++)
        {
            sb.Append("{\"i\":").Append(random.Next()).Append(",\"s\":\"user").Append(i).Append("@example.com\"}\n");
        }
        var compressed = IoHarness.Compress(Encoding.UTF8.GetBytes(sb.ToString()), compression);
        var dir = IoHarness.TempDir();
        var path = Path.Combine(dir, "t.jsonl" + (compression == Compression.Gzip ? ".gz" : ".zst"));
        File.WriteAllBytes(path, compressed[..(compressed.Length / 2)]);
        var source = Assert.Single(InputResolver.Resolve([path]).Sources);
        Assert.Equal(compression, source.Compression);
        Assert.Throws<InvalidDataException>(() => IoHarness.Run(source));
    }

    [Fact]
    public void ReadBatch_HugeSingleLine_QuarantinedAndMemoryBounded()
    {
        const int max = 1024 * 1024;
        var dir = IoHarness.TempDir();
        var path = Path.Combine(dir, "huge.jsonl");
        using (var fs = File.Create(path))
        {
            fs.Write("{\"a\":\"alice@example.com\"}\n{\"big\":\""u8);
            var chunk = Encoding.ASCII.GetBytes(new string('x', 1024 * 1024));
            for (var i = 0; i < 50; i++)
            {
                fs.Write(chunk);
            }
            fs.Write("\"}\r\n{\"b\":\"bob@example.com\"}"u8);
        }
        try
        {
            AssertHugeLineQuarantined(path, max);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static void AssertHugeLineQuarantined(string path, int max)
    {
        var source = Assert.Single(InputResolver.Resolve([path]).Sources);
        var options = new ReaderOptions { MaxRecordBytes = max };
        using var input = CompressionStreams.OpenSource(source);
        using var reader = new JsonlReader(source, input, options);
        using var batch = new RecordBatch();
        var reasons = new List<string?>();
        var maxBuffer = 0;
        bool more;
        do
        {
            batch.Reset();
            more = reader.ReadBatch(batch, CancellationToken.None);
            maxBuffer = Math.Max(maxBuffer, Math.Max(batch.RawLength, reader.BufferCapacity));
            Assert.True(batch.TextLength <= 2 * max);
            foreach (ref readonly var r in batch.Records)
            {
                reasons.Add(r.QuarantineReason);
            }
        }
        while (more);
        Assert.Equal(new string?[] { null, $"record exceeds max record size ({max} bytes)", null }, reasons);
        Assert.True(maxBuffer <= 2 * max, $"buffer grew to {maxBuffer}");
    }

    [Fact]
    public void ReadBatch_Utf8Bom_ParsedAndPreserved()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat("{\"a\":\"alice@example.com\"}\n"u8.ToArray()).ToArray();
        var result = IoHarness.Run(IoHarness.Source("bom.jsonl", bytes));
        var field = Assert.Single(Assert.Single(result.Records).Fields);
        Assert.Equal(("a", "alice@example.com", "\"alice@example.com\""), (field.Path, field.Text, field.Raw));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("{\"a\":\"<EMAIL_ADDRESS>\"}\n")), result.Output);
    }
}
