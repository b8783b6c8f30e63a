using System.IO.Compression;
using System.Text;
using PiiScan.Readers;
using PiiScan.Records;
using Xunit;

namespace PiiScan.Tests.Readers;

public class CompressionStreamsTests
{
    private static readonly byte[] Data = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 5000).Select(i => $"line {i} 😀\n")));

    [Theory]
    [InlineData(new byte[] { 0x1f, 0x8b, 8, 0 }, Compression.Gzip)]
    [InlineData(new byte[] { 0x28, 0xb5, 0x2f, 0xfd }, Compression.Zstd)]
    [InlineData(new byte[] { 0x28, 0xb5, 0x2f }, Compression.None)]
    [InlineData(new byte[] { (byte)'{', (byte)'"' }, Compression.None)]
    [InlineData(new byte[0], Compression.None)]
    public void Detect_MagicBytes_Compression(byte[] header, Compression expected)
    {
        Assert.Equal(expected, CompressionStreams.Detect(header));
    }

    [Theory]
    [InlineData(Compression.None)]
    [InlineData(Compression.Gzip)]
    [InlineData(Compression.Zstd)]
    public void OpenWriteOpenRead_RoundTrip_SameBytesAndCountsSource(Compression compression)
    {
        var compressed = IoHarness.Compress(Data, compression);
        using var read = CompressionStreams.OpenRead(new MemoryStream(compressed), compression);
        var ms = new MemoryStream();
        read.CopyTo(ms);
        Assert.Equal(Data, ms.ToArray());
        Assert.Equal(compressed.Length, read.SourceBytesConsumed);
        Assert.Equal(Data.Length, read.BytesRead);
    }

    [Theory]
    [InlineData(Compression.Gzip)]
    [InlineData(Compression.Zstd)]
    public void OpenWrite_TwoRuns_ByteIdenticalAndNoTimestamp(Compression compression)
    {
        var a = IoHarness.Compress(Data, compression);
        var b = IoHarness.Compress(Data, compression);
        Assert.Equal(a, b);
        if (compression == Compression.Gzip)
        {
            Assert.Equal(new byte[] { 0, 0, 0, 0 }, a[4..8]);
            Assert.Equal(0, a[3]);
        }
    }

    [Fact]
    public void OpenRead_ConcatenatedGzipMembers_AllDecoded()
    {
        var first = IoHarness.Compress("first\n"u8.ToArray(), Compression.Gzip);
        var second = IoHarness.Compress("second\n"u8.ToArray(), Compression.Gzip);
        using var read = CompressionStreams.OpenRead(new MemoryStream([.. first, .. second]), Compression.Gzip);
        Assert.Equal("first\nsecond\n", new StreamReader(read).ReadToEnd());
    }

    [Theory]
    [InlineData(Compression.Gzip, 2)]
    [InlineData(Compression.Gzip, 4)]
    [InlineData(Compression.Zstd, 2)]
    public void OpenRead_Truncated_ThrowsInvalidDataException(Compression compression, int divisor)
    {
        var compressed = IoHarness.Compress(Data, compression);
        var cut = compressed[..(compressed.Length - (compressed.Length / divisor))];
        using var read = CompressionStreams.OpenRead(new MemoryStream(cut), compression);
        Assert.Throws<InvalidDataException>(() => read.CopyTo(Stream.Null));
    }

    [Fact]
    public void OpenRead_NonSeekableWithoutCompression_DetectsAndReplaysHeader()
    {
        var compressed = IoHarness.Compress(Data, Compression.Zstd);
        using var read = CompressionStreams.OpenRead(new NonSeekableStream(compressed), Compression.None);
        var ms = new MemoryStream();
        read.CopyTo(ms);
        Assert.Equal(Data, ms.ToArray());
        using var plain = CompressionStreams.OpenRead(new NonSeekableStream("ab"u8.ToArray()), Compression.None);
        Assert.Equal("ab", new StreamReader(plain).ReadToEnd());
    }

    [Fact]
    public void OpenWrite_DefaultLeavesOutputOpen()
    {
        var output = new MemoryStream();
        using (var gz = CompressionStreams.OpenWrite(output, Compression.Gzip))
        {
            gz.Write(Data);
        }
        Assert.True(output.CanWrite);
        Assert.Same(output, CompressionStreams.OpenWrite(output, Compression.None));
        Assert.Equal(Data, new StreamReader(new GZipStream(new MemoryStream(output.ToArray()), CompressionMode.Decompress)).BaseStream.ReadAllBytes());
    }
}
