using System.Buffers;

namespace PiiScan.Readers;

/// <summary>
/// Splits a CSV/TSV stream into rows (RFC 4180: a quote opens quoting only at the start of a cell, <c>""</c> escapes a
/// quote, newlines inside quotes belong to the cell, rows end with <c>\n</c> or <c>\r\n</c>). Rows longer than
/// <c>maxRowBytes</c> are skipped without buffering them. Pooled buffer, bounded by about <c>maxRowBytes</c>.
/// </summary>
internal sealed class CsvRowSplitter : IDisposable
{
    private const int ReadChunk = 256 * 1024;
    private const int CellStart = 0;
    private const int Unquoted = 1;
    private const int Quoted = 2;
    private const int QuotedQuote = 3;

    private readonly Stream _stream;
    private readonly byte _delimiter;
    private readonly int _maxRowBytes;
    private readonly int _maxBuffer;
    private readonly SearchValues<byte> _unquotedStops;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _eof;
    private long _bufferOffset;

    public CsvRowSplitter(Stream stream, byte delimiter, int maxRowBytes)
    {
        _stream = stream;
        _delimiter = delimiter;
        _maxRowBytes = Math.Max(1, maxRowBytes);
        _maxBuffer = (int)Math.Min(Array.MaxLength, (long)_maxRowBytes + 2);
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Min(_maxBuffer, 64 * 1024));
        _unquotedStops = SearchValues.Create([delimiter, (byte)'\n']);
    }

    /// <summary>Decompressed bytes consumed up to the end of the last row returned.</summary>
    public long Consumed => _bufferOffset + _start;

    /// <summary>Current buffer size, for memory checks.</summary>
    public int BufferCapacity => _buffer.Length;

    /// <summary>
    /// Returns the next row without terminator, valid until the next call; empty when <paramref name="tooLong"/>.
    /// <paramref name="unbalanced"/> is set when the input ended inside a quoted cell. Returns false at the end.
    /// </summary>
    public bool Next(out ReadOnlySpan<byte> row, out LineTerminator terminator, out long offset, out long length, out bool tooLong, out bool unbalanced)
    {
        row = default;
        terminator = LineTerminator.None;
        tooLong = false;
        unbalanced = false;
        if (_start == _end)
        {
            if (!_eof)
            {
                Fill(ref _start);
            }
            if (_start == _end)
            {
                offset = Consumed;
                length = 0;
                return false;
            }
        }
        offset = _bufferOffset + _start;
        var state = CellStart;
        var scan = _start;
        long skipped = 0;
        byte lastSkipped = 0;
        while (true)
        {
            var nl = Scan(ref state, ref scan);
            if (nl >= 0)
            {
                var cr = nl > _start ? _buffer[nl - 1] == (byte)'\r' : skipped > 0 && lastSkipped == (byte)'\r';
                terminator = cr ? LineTerminator.CrLf : LineTerminator.Lf;
                length = skipped + (nl - _start) - (cr ? 1 : 0);
                tooLong = length > _maxRowBytes;
                if (!tooLong)
                {
                    row = _buffer.AsSpan(_start, (int)length);
                }
                _start = nl + 1;
                return true;
            }
            if (_eof)
            {
                length = skipped + (_end - _start);
                unbalanced = state == Quoted;
                tooLong = length > _maxRowBytes;
                if (!tooLong)
                {
                    row = _buffer.AsSpan(_start, _end - _start);
                }
                _start = _end;
                return true;
            }
            if (skipped > 0 || _end - _start > _maxRowBytes + 1)
            {
                // Too long: drop what we have and keep scanning with the same quote state.
                skipped += _end - _start;
                lastSkipped = _buffer[_end - 1];
                _bufferOffset += _end;
                _start = _end = scan = 0;
                var n = _stream.Read(_buffer, 0, Math.Min(_buffer.Length, ReadChunk));
                _eof = n == 0;
                _end = n;
                continue;
            }
            Fill(ref scan);
        }
    }

    // Advances the quote state machine from scan to _end; returns the index of a row-ending '\n', or -1.
    private int Scan(ref int state, ref int scan)
    {
        var buf = _buffer;
        var i = scan;
        while (i < _end)
        {
            switch (state)
            {
                case CellStart:
                    {
                        var b = buf[i];
                        if (b == (byte)'"')
                        {
                            state = Quoted;
                            i++;
                        }
                        else
                        {
                            state = Unquoted;
                        }
                        break;
                    }
                case Unquoted:
                    {
                        var idx = buf.AsSpan(i, _end - i).IndexOfAny(_unquotedStops);
                        if (idx < 0)
                        {
                            i = _end;
                            break;
                        }
                        i += idx;
                        if (buf[i] == (byte)'\n')
                        {
                            scan = i + 1;
                            state = CellStart;
                            return i;
                        }
                        state = CellStart;
                        i++;
                        break;
                    }
                case Quoted:
                    {
                        var idx = buf.AsSpan(i, _end - i).IndexOf((byte)'"');
                        if (idx < 0)
                        {
                            i = _end;
                            break;
                        }
                        i += idx + 1;
                        state = QuotedQuote;
                        break;
                    }
                default:
                    {
                        // After a quote inside a quoted cell: "" is an escaped quote, anything else closes the quoting.
                        if (buf[i] == (byte)'"')
                        {
                            state = Quoted;
                            i++;
                        }
                        else
                        {
                            state = Unquoted;
                        }
                        break;
                    }
            }
        }
        scan = i;
        return -1;
    }

    private void Fill(ref int scan)
    {
        if (_start > 0)
        {
            var pending = _end - _start;
            _buffer.AsSpan(_start, pending).CopyTo(_buffer);
            _bufferOffset += _start;
            scan -= _start;
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
        _eof = n == 0;
        _end += n;
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
