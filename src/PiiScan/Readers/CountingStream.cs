namespace PiiScan.Readers;

/// <summary>
/// Read/write pass-through stream that counts the bytes moved through it. A decompressed stream returned by
/// <see cref="CompressionStreams.OpenRead"/> is a <see cref="CountingStream"/> whose <see cref="SourceBytesConsumed"/>
/// reports the compressed bytes read from disk, for progress. When the inner stream cannot seek,
/// <see cref="Position"/> reports the bytes counted (some writers, e.g. Parquet, need a position).
/// </summary>
public sealed class CountingStream : Stream
{
    private readonly Stream _inner;
    private readonly CountingStream? _source;
    private readonly bool _leaveOpen;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    /// <param name="inner">The stream to count.</param>
    /// <param name="source">The counter of the compressed source below a decompressor, if any.</param>
    /// <param name="leaveOpen">Leave <paramref name="inner"/> open on dispose.</param>
    public CountingStream(Stream inner, CountingStream? source = null, bool leaveOpen = false)
    {
        _inner = inner;
        _source = source;
        _leaveOpen = leaveOpen;
    }

    /// <summary>Bytes read through this stream.</summary>
    public long BytesRead { get; private set; }

    /// <summary>Bytes written through this stream.</summary>
    public long BytesWritten { get; private set; }

    /// <summary>Bytes of the underlying source (as stored on disk) consumed so far.</summary>
    public long SourceBytesConsumed => _source?.BytesRead ?? BytesRead;

    /// <summary>When set, zstd errors from the inner stream are rethrown as <see cref="InvalidDataException"/>.</summary>
    internal bool TranslatesDecompressionErrors { get; init; }

    /// <summary>The wrapped stream.</summary>
    public Stream Inner => _inner;

    /// <inheritdoc />
    public override bool CanRead => _inner.CanRead;

    /// <inheritdoc />
    public override bool CanSeek => _inner.CanSeek;

    /// <inheritdoc />
    public override bool CanWrite => _inner.CanWrite;

    /// <inheritdoc />
    public override long Length => _inner.Length;

    /// <inheritdoc />
    public override long Position
    {
        get => _inner.CanSeek ? _inner.Position : BytesRead + BytesWritten;
        set => _inner.Position = value;
    }

    /// <inheritdoc />
    public override void Flush() => _inner.Flush();

    /// <inheritdoc />
    public override Task FlushAsync(CancellationToken cancellationToken) => _inner.FlushAsync(cancellationToken);

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override int Read(Span<byte> buffer)
    {
        int n;
        try
        {
            n = _inner.Read(buffer);
        }
        catch (Exception e) when (TranslatesDecompressionErrors && e is ZstdSharp.ZstdException or EndOfStreamException)
        {
            throw new InvalidDataException("The compressed input is truncated or corrupt.", e);
        }
        BytesRead += n;
        return n;
    }

    /// <inheritdoc />
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int n;
        try
        {
            n = await _inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (TranslatesDecompressionErrors && e is ZstdSharp.ZstdException or EndOfStreamException)
        {
            throw new InvalidDataException("The compressed input is truncated or corrupt.", e);
        }
        BytesRead += n;
        return n;
    }

    /// <inheritdoc />
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => _inner.Seek(offset, origin);

    /// <inheritdoc />
    public override void SetLength(long value) => _inner.SetLength(value);

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _inner.Write(buffer);
        BytesWritten += buffer.Length;
    }

    /// <inheritdoc />
    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await _inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
        BytesWritten += buffer.Length;
    }

    /// <inheritdoc />
    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && !_leaveOpen)
        {
            _inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
