using System.Buffers;

namespace PiiScan.Readers;

/// <summary>
/// Splits a CSV/TSV stream into rows (RFC 4180: a quote opens quoting only at the start of a cell, <c>""</c> escapes a
/// quote, newlines inside quotes belong to the cell, rows end with <c>\n</c> or <c>\r\n</c>). Rows longer than
/// <c>maxRowBytes</c> are skipped without buffering them. Pooled buffer, bounded by about <c>maxRowBytes</c>.
/// </summary>
internal sealed class CsvRowSplitter : IDisposable
{
    private const int CellStart = 0;
    private const int Unquoted = 1;
    private const int Quoted = 2;
    private const int QuotedQuote = 3;

    private readonly StreamWindow _window;
    private readonly int _maxRowBytes;
    private readonly SearchValues<byte> _unquotedStops;

    public CsvRowSplitter(Stream stream, byte delimiter, int maxRowBytes)
    {
        _maxRowBytes = Math.Max(1, maxRowBytes);
        _window = new StreamWindow(stream, _maxRowBytes);
        _unquotedStops = SearchValues.Create([delimiter, (byte)'\n']);
    }

    /// <summary>Decompressed bytes consumed up to the end of the last row returned.</summary>
    public long Consumed => _window.Consumed;

    /// <summary>Current buffer size, for memory checks.</summary>
    public int BufferCapacity => _window.Capacity;

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
        var w = _window;
        if (w.Start == w.End)
        {
            if (!w.Eof)
            {
                w.Fill();
            }
            if (w.Start == w.End)
            {
                offset = w.Consumed;
                length = 0;
                return false;
            }
        }
        offset = w.Consumed;
        var state = CellStart;
        var scan = w.Start;
        long skipped = 0;
        byte lastSkipped = 0;
        while (true)
        {
            var nl = Scan(ref state, ref scan);
            var start = w.Start;
            if (nl >= 0)
            {
                var cr = nl > start ? w.Buffer[nl - 1] == (byte)'\r' : skipped > 0 && lastSkipped == (byte)'\r';
                terminator = cr ? LineTerminator.CrLf : LineTerminator.Lf;
                length = skipped + (nl - start) - (cr ? 1 : 0);
                tooLong = length > _maxRowBytes;
                if (!tooLong)
                {
                    row = w.Buffer.AsSpan(start, (int)length);
                }
                w.Start = nl + 1;
                return true;
            }
            var end = w.End;
            if (w.Eof)
            {
                length = skipped + (end - start);
                unbalanced = state == Quoted;
                tooLong = length > _maxRowBytes;
                if (!tooLong)
                {
                    row = w.Buffer.AsSpan(start, end - start);
                }
                w.Start = end;
                return true;
            }
            if (skipped > 0 || end - start > _maxRowBytes + 1)
            {
                // Too long: drop what we have and keep scanning with the same quote state.
                skipped += end - start;
                lastSkipped = w.Buffer[end - 1];
                scan = 0;
                w.DiscardAndRead();
                continue;
            }
            scan -= w.Fill();
        }
    }

    // Advances the quote state machine from scan to the window's end; returns the index of a row-ending '\n', or -1.
    private int Scan(ref int state, ref int scan)
    {
        var buf = _window.Buffer;
        var end = _window.End;
        var i = scan;
        while (i < end)
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
                        var idx = buf.AsSpan(i, end - i).IndexOfAny(_unquotedStops);
                        if (idx < 0)
                        {
                            i = end;
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
                        var idx = buf.AsSpan(i, end - i).IndexOf((byte)'"');
                        if (idx < 0)
                        {
                            i = end;
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

    public void Dispose() => _window.Dispose();
}
