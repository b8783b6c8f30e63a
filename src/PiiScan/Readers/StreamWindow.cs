using System.Buffers;

namespace PiiScan.Readers;

/// <summary>
/// A sliding window over a stream in one pooled buffer, shared by the line and CSV row splitters. The window holds the
/// pending bytes <c>Buffer[Start..End)</c>: the caller consumes them by moving <see cref="Start"/> forward and asks
/// for more with <see cref="Fill"/> (or drops them with <see cref="DiscardAndRead"/> while skipping an item that is
/// too long). Invariants:
/// <list type="bullet">
/// <item><c>0 &lt;= Start &lt;= End &lt;= Buffer.Length</c>.</item>
/// <item><c>Buffer[i]</c> is the stream's byte at offset <c>BufferOffset + i</c> for every <c>i &lt; End</c>, so
/// <see cref="Consumed"/> is the stream offset of <see cref="Start"/>.</item>
/// <item>The buffer is rented from the shared pool at <c>min(maxBuffer, 64 KiB)</c>, where <c>maxBuffer</c> is
/// <c>maxItemBytes + 2</c> (the longest accepted item, its <c>\r</c> and one byte to see that it is too long; capped at
/// <see cref="Array.MaxLength"/>), and is replaced by one of <c>min(maxBuffer, 2 * Buffer.Length)</c> bytes only when
/// the pending bytes fill it, so it stays within about twice <c>maxItemBytes</c> (the pool may round a size up). Callers
/// keep that bound by filling only while at most <c>maxItemBytes + 1</c> bytes are pending, and skip longer items with
/// <see cref="DiscardAndRead"/>. No read asks the stream for more than 256 KiB.</item>
/// <item><see cref="Eof"/> is set once the stream returned no bytes and is never cleared; callers stop filling then.</item>
/// <item><see cref="Fill"/> and <see cref="DiscardAndRead"/> may move bytes or swap <see cref="Buffer"/>: spans and
/// indices into the buffer taken before them are stale (<see cref="Fill"/> returns the shift to apply to indices).</item>
/// </list>
/// After <see cref="Dispose"/> the buffer is back in the pool and <see cref="Buffer"/> is empty.
/// </summary>
internal sealed class StreamWindow : IDisposable
{
    private const int ReadChunk = 256 * 1024;
    private const int InitialBuffer = 64 * 1024;
    private readonly Stream _stream;
    private readonly int _maxBuffer;
    private byte[] _buffer;
    private int _end;
    private long _bufferOffset;
    private bool _eof;

    /// <summary>Opens a window over <paramref name="stream"/> for items of at most <paramref name="maxItemBytes"/>.</summary>
    public StreamWindow(Stream stream, int maxItemBytes)
    {
        _stream = stream;
        // Room for the longest accepted item, its "\r" and one byte to see it is too long.
        _maxBuffer = (int)Math.Min(Array.MaxLength, (long)maxItemBytes + 2);
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Min(_maxBuffer, InitialBuffer));
    }

    /// <summary>The buffer; replaced when it grows, so read it again after <see cref="Fill"/>.</summary>
    public byte[] Buffer => _buffer;

    /// <summary>Index of the first pending (not yet consumed) byte; callers move it forward up to <see cref="End"/>.</summary>
    public int Start { get; set; }

    /// <summary>Index just past the last byte read from the stream.</summary>
    public int End => _end;

    /// <summary>Stream offset of <c>Buffer[0]</c>.</summary>
    public long BufferOffset => _bufferOffset;

    /// <summary>True once the stream has returned no bytes.</summary>
    public bool Eof => _eof;

    /// <summary>Stream bytes consumed: the offset of <see cref="Start"/>.</summary>
    public long Consumed => _bufferOffset + Start;

    /// <summary>Current buffer size, for tests that check memory stays bounded.</summary>
    public int Capacity => _buffer.Length;

    /// <summary>
    /// Moves the pending bytes to the front of the buffer, doubles the buffer (up to its maximum) when they fill it, then
    /// reads one chunk after them; sets <see cref="Eof"/> when the stream returns nothing. Returns how far the pending
    /// bytes moved toward the front: subtract it from any index into the buffer the caller holds.
    /// </summary>
    public int Fill()
    {
        var shift = Start;
        if (shift > 0)
        {
            var pending = _end - shift;
            _buffer.AsSpan(shift, pending).CopyTo(_buffer);
            _bufferOffset += shift;
            _end = pending;
            Start = 0;
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
        return shift;
    }

    /// <summary>
    /// Drops every buffered byte, pending ones included (they count as consumed), and reads one chunk to the front of
    /// the buffer, which keeps its size; <see cref="Start"/> becomes 0. Returns the bytes read; 0 sets
    /// <see cref="Eof"/>.
    /// </summary>
    public int DiscardAndRead()
    {
        _bufferOffset += _end;
        Start = 0;
        _end = 0;
        var n = _stream.Read(_buffer, 0, Math.Min(_buffer.Length, ReadChunk));
        if (n == 0)
        {
            _eof = true;
        }
        _end = n;
        return n;
    }

    /// <summary>Returns the buffer to the pool.</summary>
    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }
}
