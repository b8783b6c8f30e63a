using System.IO.Compression;
using PiiScan.Records;
using ZstdSharp;

namespace PiiScan.Readers;

/// <summary>Opens decompressing read streams and compressing write streams for a <see cref="Compression"/>.</summary>
public static class CompressionStreams
{
    /// <summary>zstd level used for outputs.</summary>
    public const int ZstdLevel = 3;

    static CompressionStreams()
    {
        // .NET's GZipStream silently stops at a truncated member unless strict validation is on (opt-in switch, read
        // once when DeflateStream is first used). Hosts should also set it in runtimeconfig (RuntimeHostConfigurationOption).
        AppContext.SetSwitch("System.IO.Compression.UseStrictValidation", true);
    }

    /// <summary>Detects compression from the first bytes of a stream (gzip <c>1f 8b</c>, zstd <c>28 b5 2f fd</c>).</summary>
    public static Compression Detect(ReadOnlySpan<byte> header)
    {
        if (header.Length >= 2 && header[0] == 0x1f && header[1] == 0x8b)
        {
            return Compression.Gzip;
        }
        if (header.Length >= 4 && header[0] == 0x28 && header[1] == 0xb5 && header[2] == 0x2f && header[3] == 0xfd)
        {
            return Compression.Zstd;
        }
        return Compression.None;
    }

    /// <summary>Detects the compression of a file from its magic bytes.</summary>
    public static Compression DetectFile(string path)
    {
        Span<byte> header = stackalloc byte[4];
        using var fs = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.None);
        var n = fs.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        return Detect(header[..n]);
    }

    /// <summary>
    /// Wraps <paramref name="compressed"/> in a decompressor. The result is a <see cref="CountingStream"/> whose
    /// <see cref="CountingStream.SourceBytesConsumed"/> counts the compressed bytes read. gzip input may consist of
    /// several concatenated members. A truncated or corrupt compressed stream makes reads throw
    /// <see cref="InvalidDataException"/> (gzip and zstd alike). When <paramref name="compression"/> is
    /// <see cref="Compression.None"/> and the stream cannot seek (stdin), the compression is detected from the first
    /// bytes, which are replayed. By default disposing the result leaves <paramref name="compressed"/> open.
    /// </summary>
    public static CountingStream OpenRead(Stream compressed, Compression compression, bool leaveOpen = true)
    {
        if (compression == Compression.None && !compressed.CanSeek)
        {
            var header = new byte[4];
            var n = compressed.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
            compression = Detect(header.AsSpan(0, n));
            compressed = new PrefixedStream(header.AsMemory(0, n), compressed, leaveOpen);
            leaveOpen = false;
        }
        var counter = new CountingStream(compressed, leaveOpen: leaveOpen);
        Stream decompressed = compression switch
        {
            Compression.None => counter,
            Compression.Gzip => new GZipStream(counter, CompressionMode.Decompress, leaveOpen: false),
            Compression.Zstd => new DecompressionStream(counter, checkEndOfStream: true, leaveOpen: false),
            _ => throw new ArgumentOutOfRangeException(nameof(compression)),
        };
        return compression == Compression.None ? counter : new CountingStream(decompressed, counter) { TranslatesDecompressionErrors = true };
    }

    /// <summary>
    /// Opens a source for reading, decompressed; disposing the result closes the file. For standard input the
    /// compression is detected from the first bytes (they are replayed); for files <see cref="SourceFile.Compression"/> is used.
    /// </summary>
    public static CountingStream OpenSource(SourceFile source)
    {
        if (source.IsStdin)
        {
            return OpenRead(Console.OpenStandardInput(1024 * 1024), Compression.None, leaveOpen: false);
        }
        FileStream fs;
        try
        {
            fs = new FileStream(source.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1024 * 1024, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PiiScanException($"Cannot open input '{source.RelativePath}'; check that it exists and is readable.", e);
        }
        return OpenRead(fs, source.Compression, leaveOpen: false);
    }

    /// <summary>
    /// Wraps <paramref name="output"/> in a compressor: gzip with <see cref="CompressionLevel.Optimal"/> (no file name,
    /// zero modification time, so output is deterministic) or zstd level <see cref="ZstdLevel"/>.
    /// Disposing the result finishes the compressed stream and, by default, leaves <paramref name="output"/> open.
    /// For <see cref="Compression.None"/> <paramref name="output"/> itself is returned.
    /// </summary>
    public static Stream OpenWrite(Stream output, Compression compression, bool leaveOpen = true)
    {
        return compression switch
        {
            Compression.None => output,
            Compression.Gzip => new GZipStream(output, CompressionLevel.Optimal, leaveOpen),
            Compression.Zstd => new CompressionStream(output, ZstdLevel, leaveOpen: leaveOpen),
            _ => throw new ArgumentOutOfRangeException(nameof(compression)),
        };
    }
}
