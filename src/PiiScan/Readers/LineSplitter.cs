using System.Buffers;

namespace PiiScan.Readers;

/// <summary>
/// Splits a stream into lines using a pooled buffer; never holds more than about <c>maxLineBytes</c> plus one read
/// chunk. Handles <c>\n</c> and <c>\r\n</c> (reported through <see cref="LineTerminator"/>) and a last line without a
/// terminator. A line longer than <c>maxLineBytes</c> is skipped by scanning to the next newline without buffering it
/// and is reported with <c>tooLong</c> set.
/// </summary>
internal sealed class LineSplitter : IDisposable
{
    private const int ReadChunk = 256 * 1024;
    private readonly Stream _stream;
    private readonly int _maxLineBytes;
    private readonly int _maxBuffer;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private int _scanned;
    private bool _eof;
    private long _bufferOffset;

    public LineSplitter(Stream stream, int maxLineBytes)
    {
        _stream = stream;
        _maxLineBytes = Math.Max(1, maxLineBytes);
        // Room for the longest accepted line, its "\r" and one byte to see it is too long.
        _maxBuffer = (int)Math.Min(Array.MaxLength, (long)_maxLineBytes + 2);
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Min(_maxBuffer, 64 * 1024));
    }

    /// <summary>Decompressed bytes consumed up to the end of the last line returned (terminator included).</summary>
    public long Consumed => _bufferOffset + _start;

    /// <summary>Current buffer size, for tests that check memory stays bounded.</summary>
    public int BufferCapacity => _buffer.Length;

    /// <summary>
    /// Returns the next line (without terminator), valid until the next call. When <paramref name="tooLong"/> is set,
    /// <paramref name="line"/> is empty and <paramref name="length"/> is the line's size. Returns false at the end.
    /// </summary>
    public bool Next(out ReadOnlySpan<byte> line, out LineTerminator terminator, out long offset, out long length, out bool tooLong)
    {
        while (true)
        {
            var idx = _buffer.AsSpan(_scanned, _end - _scanned).IndexOf((byte)'\n');
            if (idx >= 0)
            {
                var nl = _scanned + idx;
                var lineEnd = nl;
                terminator = LineTerminator.Lf;
                if (lineEnd > _start && _buffer[lineEnd - 1] == (byte)'\r')
                {
                    lineEnd--;
                    terminator = LineTerminator.CrLf;
                }
                offset = _bufferOffset + _start;
                length = lineEnd - _start;
                tooLong = length > _maxLineBytes;
                line = tooLong ? default : _buffer.AsSpan(_start, lineEnd - _start);
                _start = nl + 1;
                _scanned = _start;
                return true;
            }
            _scanned = _end;
            if (_eof)
            {
                if (_start == _end)
                {
                    line = default;
                    terminator = LineTerminator.None;
                    offset = _bufferOffset + _start;
                    length = 0;
                    tooLong = false;
                    return false;
                }
                offset = _bufferOffset + _start;
                length = _end - _start;
                tooLong = length > _maxLineBytes;
                line = tooLong ? default : _buffer.AsSpan(_start, _end - _start);
                terminator = LineTerminator.None;
                _start = _end;
                return true;
            }
            var pending = _end - _start;
            if (pending > _maxLineBytes + 1)
            {
                offset = _bufferOffset + _start;
                SkipLongLine(out length, out terminator);
                line = default;
                tooLong = true;
                return true;
            }
            Fill();
        }
    }

    private void Fill()
    {
        if (_start > 0)
        {
            var pending = _end - _start;
            _buffer.AsSpan(_start, pending).CopyTo(_buffer);
            _bufferOffset += _start;
            _scanned -= _start;
            _end = pending;
            _start = 0;
        }
        if (_end == _buffer.Length)
        {
            var bigger = ArrayPool<byte>.Shared.Rent((int)Math.Min(_maxBuffer, (long)_buffer.Length * 2));
            _buffer.AsSpan(0, _end).CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }
        var n = _stream.Read(_buffer, _end, Math.Min(_buffer.Length - _end, ReadChunk));
        if (n == 0)
        {
            _eof = true;
        }
        _end += n;
    }

    // Discards the current (too long) line up to and including its newline, counting its bytes.
    private void SkipLongLine(out long length, out LineTerminator terminator)
    {
        long total = _end - _start;
        var lastByte = _buffer[_end - 1];
        while (true)
        {
            _bufferOffset += _end;
            _start = _end = _scanned = 0;
            var n = _stream.Read(_buffer, 0, Math.Min(_buffer.Length, ReadChunk));
            if (n == 0)
            {
                _eof = true;
                length = total;
                terminator = LineTerminator.None;
                return;
            }
            _end = n;
            var idx = _buffer.AsSpan(0, n).IndexOf((byte)'\n');
            if (idx >= 0)
            {
                total += idx;
                var cr = idx > 0 ? _buffer[idx - 1] == (byte)'\r' : lastByte == (byte)'\r';
                terminator = cr ? LineTerminator.CrLf : LineTerminator.Lf;
                length = cr ? total - 1 : total;
                _start = _scanned = idx + 1;
                return;
            }
            total += n;
            lastByte = _buffer[n - 1];
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
