using PiiScan.Readers;
using PiiScan.Records;
using PiiScan.Tests.Readers;
using Xunit;

namespace PiiScan.Tests.Writers;

public class ParquetRecordWriterTests
{
    private const string Rows = """
        (1::BIGINT, 'alice@example.com', NULL::VARCHAR, ['a', 'bob@example.com'], 1.5::DOUBLE, TIMESTAMP '2024-01-02 03:04:05', 12.34::DECIMAL(10,2), {'x': 'carol@example.com', 'y': 5}, true, 'bytes'::BLOB),
        (2, 'plain 😀 中文', 'opt dave@example.com', [], NULL, NULL, NULL, {'x': NULL, 'y': NULL}, NULL, NULL),
        (3, NULL, 'x', NULL, -0.0, TIMESTAMP '1999-12-31 23:59:59', -1.00, NULL, false, ''::BLOB),
        (4, 'erin@example.com', NULL, [NULL, 'frank@example.com', 'z'], 3.25, NULL, 0.01, {'x': 'ok', 'y': 1}, true, NULL)
        """;

    private const string Columns = "id, email, opt, tags, score, ts, amount, s, flag, raw";

    private const string Select = "SELECT id, email, opt, tags::VARCHAR, score, ts::VARCHAR, amount::VARCHAR, s::VARCHAR, flag, raw::VARCHAR FROM read_parquet";

    private static string MakeInput(string name, string options)
    {
        var path = Path.Combine(IoHarness.TempDir(), name);
        Duck.Execute($"COPY (SELECT * FROM (VALUES {Rows}) t({Columns})) TO {Duck.Quote(path)} (FORMAT PARQUET{options})");
        return path;
    }

    private static string Redacted(string row) => row
        .Replace("alice@example.com", IoHarness.Email).Replace("bob@example.com", IoHarness.Email)
        .Replace("carol@example.com", IoHarness.Email).Replace("dave@example.com", IoHarness.Email)
        .Replace("erin@example.com", IoHarness.Email).Replace("frank@example.com", IoHarness.Email);

    public static TheoryData<string, Compression, int> Cases() => new()
    {
        { "", Compression.None, 1024 },
        { ", COMPRESSION ZSTD", Compression.None, 1 },
        { ", COMPRESSION UNCOMPRESSED", Compression.Gzip, 3 },
        { ", COMPRESSION SNAPPY", Compression.Zstd, 2 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Write_ParquetRedacted_SameSchemaAndOtherValuesUnchanged(string duckOptions, Compression compression, int batchRecords)
    {
        var original = MakeInput("in.parquet", duckOptions);
        var name = "t.parquet" + (compression switch { Compression.Gzip => ".gz", Compression.Zstd => ".zst", _ => "" });
        var source = IoHarness.Source(name, File.ReadAllBytes(original), compression);
        Assert.Equal(InputFormat.Parquet, source.Format);
        var result = IoHarness.Run(source, new ReaderOptions { BatchRecords = batchRecords });

        Assert.Equal(new long[] { 0, 1, 2, 3 }, result.Records.Select(r => r.Index));
        Assert.Equal(
            "email|email|alice@example.com;tags[0]|tags|a;tags[1]|tags|bob@example.com;s.x|x|carol@example.com;"
            + "email|email|plain 😀 中文;opt|opt|opt dave@example.com;"
            + "opt|opt|x;"
            + "email|email|erin@example.com;tags[1]|tags|frank@example.com;tags[2]|tags|z;s.x|x|ok",
            string.Join(";", result.AllFields.Select(f => $"{f.Path}|{f.Key}|{f.Text}")));

        var output = Path.Combine(IoHarness.TempDir(), "out.parquet");
        File.WriteAllBytes(output, result.Output);
        var expected = Duck.Query($"{Select}({Duck.Quote(original)}) ORDER BY id").Select(Redacted).ToList();
        var actual = Duck.Query($"{Select}({Duck.Quote(output)}) ORDER BY id");
        Assert.Equal(expected, actual);
        Assert.Equal(
            Duck.Query($"DESCRIBE SELECT * FROM read_parquet({Duck.Quote(original)})"),
            Duck.Query($"DESCRIBE SELECT * FROM read_parquet({Duck.Quote(output)})"));
    }

    [Fact]
    public void Write_SameInputTwice_ByteIdenticalOutput()
    {
        var original = MakeInput("in.parquet", string.Empty);
        var first = IoHarness.Run(IoHarness.Source("a.parquet", File.ReadAllBytes(original)));
        var second = IoHarness.Run(IoHarness.Source("a.parquet", File.ReadAllBytes(original)));
        Assert.Equal(first.Output, second.Output);
    }

    [Fact]
    public void Write_QuarantinedRow_DroppedFromOutput()
    {
        var original = MakeInput("in.parquet", string.Empty);
        var source = IoHarness.Source("a.parquet", File.ReadAllBytes(original));
        var options = new ReaderOptions();
        var output = new MemoryStream();
        using (var input = CompressionStreams.OpenSource(source))
        using (var reader = FormatRegistry.CreateReader(source, input, options))
        using (var writer = FormatRegistry.CreateWriter(source, InputFormat.Parquet, output, options))
        using (var batch = new RecordBatch())
        {
            bool more;
            do
            {
                batch.Reset();
                more = reader.ReadBatch(batch, CancellationToken.None);
                for (var i = 0; i < batch.RecordCount; i++)
                {
                    if (batch.Records[i].Index == 1)
                    {
                        batch.Records[i].QuarantineReason = "test";
                    }
                }
                writer.Write(batch);
            }
            while (more);
            writer.Complete();
        }
        var path = Path.Combine(IoHarness.TempDir(), "out.parquet");
        File.WriteAllBytes(path, output.ToArray());
        var expected = Duck.Query($"{Select}({Duck.Quote(original)}) WHERE id <> 2 ORDER BY id");
        Assert.Equal(expected, Duck.Query($"{Select}({Duck.Quote(path)}) ORDER BY id"));
    }

    [Fact]
    public void Write_EmptyParquet_SchemaKeptNoRows()
    {
        var path = Path.Combine(IoHarness.TempDir(), "empty.parquet");
        Duck.Execute($"COPY (SELECT 1::BIGINT AS id, 'x' AS s WHERE false) TO {Duck.Quote(path)} (FORMAT PARQUET)");
        var result = IoHarness.Run(IoHarness.Source("empty.parquet", File.ReadAllBytes(path)));
        Assert.Empty(result.Records);
        var output = Path.Combine(IoHarness.TempDir(), "out.parquet");
        File.WriteAllBytes(output, result.Output);
        Assert.Equal(new[] { "0" }, Duck.Query($"SELECT count(*) FROM read_parquet({Duck.Quote(output)})"));
        Assert.Equal(
            Duck.Query($"DESCRIBE SELECT * FROM read_parquet({Duck.Quote(path)})"),
            Duck.Query($"DESCRIBE SELECT * FROM read_parquet({Duck.Quote(output)})"));
    }

    [Fact]
    public void Write_FieldSelection_OnlySelectedColumnsChanged()
    {
        var original = MakeInput("in.parquet", string.Empty);
        var options = new ReaderOptions { Fields = FieldSelector.Parse(["tags"]) };
        var result = IoHarness.Run(IoHarness.Source("a.parquet", File.ReadAllBytes(original)), options);
        Assert.All(result.AllFields, f => Assert.StartsWith("tags[", f.Path));
        var output = Path.Combine(IoHarness.TempDir(), "out.parquet");
        File.WriteAllBytes(output, result.Output);
        Assert.Equal(
            new[] { "1 | alice@example.com | [a, <EMAIL_ADDRESS>]", "2 | plain 😀 中文 | []", "3 | NULL | NULL", "4 | erin@example.com | [NULL, <EMAIL_ADDRESS>, z]" },
            Duck.Query($"SELECT id, email, tags::VARCHAR FROM read_parquet({Duck.Quote(output)}) ORDER BY id"));
    }

    [Fact]
    public void ReadBatch_NotParquet_ThrowsInvalidDataException()
    {
        var source = IoHarness.Source("bad.parquet", "this is not parquet at all");
        using var input = CompressionStreams.OpenSource(source);
        Assert.Throws<InvalidDataException>(() => FormatRegistry.CreateReader(source, input, new ReaderOptions()));
    }

    [Fact]
    public void Write_ToCompressedNonSeekableStream_ValidParquetInside()
    {
        var original = MakeInput("in.parquet", string.Empty);
        var source = IoHarness.Source("a.parquet.gz", File.ReadAllBytes(original), Compression.Gzip);
        var options = new ReaderOptions();
        var compressed = new MemoryStream();
        using (var input = CompressionStreams.OpenSource(source))
        using (var reader = FormatRegistry.CreateReader(source, input, options))
        using (var gz = CompressionStreams.OpenWrite(compressed, Compression.Gzip))
        using (var writer = FormatRegistry.CreateWriter(source, InputFormat.Parquet, gz, options))
        using (var batch = new RecordBatch())
        {
            bool more;
            do
            {
                batch.Reset();
                more = reader.ReadBatch(batch, CancellationToken.None);
                writer.Write(batch);
            }
            while (more);
            writer.Complete();
        }
        var path = Path.Combine(IoHarness.TempDir(), "out.parquet");
        File.WriteAllBytes(path, IoHarness.Decompress(compressed.ToArray(), Compression.Gzip));
        Assert.Equal(Duck.Query($"{Select}({Duck.Quote(original)}) ORDER BY id"), Duck.Query($"{Select}({Duck.Quote(path)}) ORDER BY id"));
    }

    [Fact]
    public void Complete_StoppedInsideRowGroup_WritesOnlyScannedRows()
    {
        var original = MakeInput("in.parquet", string.Empty);
        var source = IoHarness.Source("a.parquet", File.ReadAllBytes(original));
        var options = new ReaderOptions { BatchRecords = 2 };
        var output = new MemoryStream();
        using (var input = CompressionStreams.OpenSource(source))
        using (var reader = FormatRegistry.CreateReader(source, input, options))
        using (var writer = FormatRegistry.CreateWriter(source, InputFormat.Parquet, output, options))
        using (var batch = new RecordBatch())
        {
            Assert.True(reader.ReadBatch(batch, CancellationToken.None));
            Assert.Equal(2, batch.RecordCount);
            writer.Write(batch);
            writer.Complete();
        }
        var path = Path.Combine(IoHarness.TempDir(), "out.parquet");
        File.WriteAllBytes(path, output.ToArray());
        Assert.Equal(new[] { "1", "2" }, Duck.Query($"SELECT id FROM read_parquet({Duck.Quote(path)}) ORDER BY id"));
    }
}
