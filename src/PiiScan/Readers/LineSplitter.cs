namespace PiiScan.Readers;

/// <summary>
/// Splits a stream into lines using a pooled buffer; never holds more than about <c>maxLineBytes</c> plus one read
/// chunk. Handles <c>\n</c> and <c>\r\n</c> (reported through <see cref="LineTerminator"/>) and a last line without a
/// terminator. A line longer than <c>maxLineBytes</c> is skipped by scanning to the next newline without buffering it
/// and is reported with <c>tooLong</c> set.
/// </summary>
internal sealed class LineSplitter : IDisposable
{
    private readonly StreamWindow _window;
    private readonly int _maxLineBytes;
    private int _scanned;

    public LineSplitter(Stream stream, int maxLineBytes)
    {
        _maxLineBytes = Math.Max(1, maxLineBytes);
        _window = new StreamWindow(stream, _maxLineBytes);
    }

    /// <summary>Decompressed bytes consumed up to the end of the last line returned (terminator included).</summary>
    public long Consumed => _window.Consumed;

    /// <summary>Current buffer size, for tests that check memory stays bounded.</summary>
    public int BufferCapacity => _window.Capacity;

    /// <summary>
    /// Returns the next line (without terminator), valid until the next call. When <paramref name="tooLong"/> is set,
    /// <paramref name="line"/> is empty and <paramref name="length"/> is the line's size. Returns false at the end.
    /// </summary>
    public bool Next(out ReadOnlySpan<byte> line, out LineTerminator terminator, out long offset, out long length, out bool tooLong)
    {
        var w = _window;
        while (true)
        {
            var buffer = w.Buffer;
            var start = w.Start;
            var end = w.End;
            var idx = buffer.AsSpan(_scanned, end - _scanned).IndexOf((byte)'\n');
            if (idx >= 0)
            {
                var nl = _scanned + idx;
                var lineEnd = nl;
                terminator = LineTerminator.Lf;
                if (lineEnd > start && buffer[lineEnd - 1] == (byte)'\r')
                {
                    lineEnd--;
                    terminator = LineTerminator.CrLf;
                }
                offset = w.BufferOffset + start;
                length = lineEnd - start;
                tooLong = length > _maxLineBytes;
                line = tooLong ? default : buffer.AsSpan(start, lineEnd - start);
                w.Start = nl + 1;
                _scanned = nl + 1;
                return true;
            }
            _scanned = end;
            if (w.Eof)
            {
                offset = w.BufferOffset + start;
                if (start == end)
                {
                    line = default;
                    terminator = LineTerminator.None;
                    length = 0;
                    tooLong = false;
                    return false;
                }
                length = end - start;
                tooLong = length > _maxLineBytes;
                line = tooLong ? default : buffer.AsSpan(start, end - start);
                terminator = LineTerminator.None;
                w.Start = end;
                return true;
            }
            if (end - start > _maxLineBytes + 1)
            {
                offset = w.BufferOffset + start;
                SkipLongLine(out length, out terminator);
                line = default;
                tooLong = true;
                return true;
            }
            _scanned -= w.Fill();
        }
    }

    // Discards the current (too long) line up to and including its newline, counting its bytes.
    private void SkipLongLine(out long length, out LineTerminator terminator)
    {
        var w = _window;
        long total = w.End - w.Start;
        var lastByte = w.Buffer[w.End - 1];
        while (true)
        {
            _scanned = 0;
            var n = w.DiscardAndRead();
            if (n == 0)
            {
                length = total;
                terminator = LineTerminator.None;
                return;
            }
            var buffer = w.Buffer;
            var idx = buffer.AsSpan(0, n).IndexOf((byte)'\n');
            if (idx >= 0)
            {
                total += idx;
                var cr = idx > 0 ? buffer[idx - 1] == (byte)'\r' : lastByte == (byte)'\r';
                terminator = cr ? LineTerminator.CrLf : LineTerminator.Lf;
                length = cr ? total - 1 : total;
                w.Start = _scanned = idx + 1;
                return;
            }
            total += n;
            lastByte = buffer[n - 1];
        }
    }

    public void Dispose() => _window.Dispose();
}
