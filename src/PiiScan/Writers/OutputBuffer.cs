using System.Buffers;

namespace PiiScan.Writers;

/// <summary>Pooled byte buffer in front of a stream so writers issue few, large writes.</summary>
internal sealed class OutputBuffer : IDisposable
{
    private const int FlushThreshold = 256 * 1024;
    private readonly Stream _output;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(FlushThreshold * 2);
    private int _length;

    public OutputBuffer(Stream output) => _output = output;

    public void Write(ReadOnlySpan<byte> bytes)
    {
        if (_length + bytes.Length > _buffer.Length)
        {
            Flush();
            if (bytes.Length > _buffer.Length)
            {
                _output.Write(bytes);
                return;
            }
        }
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    public void WriteByte(byte value)
    {
        if (_length == _buffer.Length)
        {
            Flush();
        }
        _buffer[_length++] = value;
    }

    /// <summary>Span of at least <paramref name="size"/> bytes; commit with <see cref="Advance"/>.</summary>
    public Span<byte> GetSpan(int size)
    {
        if (_length + size > _buffer.Length)
        {
            Flush();
            if (size > _buffer.Length)
            {
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = ArrayPool<byte>.Shared.Rent(size);
            }
        }
        return _buffer.AsSpan(_length);
    }

    public void Advance(int count) => _length += count;

    /// <summary>Flushes to the stream when the buffer is fairly full (call between records).</summary>
    public void MaybeFlush()
    {
        if (_length >= FlushThreshold)
        {
            Flush();
        }
    }

    public void Flush()
    {
        if (_length > 0)
        {
            _output.Write(_buffer, 0, _length);
            _length = 0;
        }
    }

    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }
}
