using System.Text.Unicode;
using PiiScan.Records;

namespace PiiScan.Readers;

/// <summary>
/// Base of line-oriented readers (JSONL, text): one record per line, record index = 0-based line number,
/// <see cref="RecordSlot.Aux"/> packs the line terminator (see <see cref="LineAux"/>). Lines longer than
/// <see cref="ReaderOptions.MaxRecordBytes"/> are skipped unbuffered and quarantined; invalid UTF-8 is quarantined.
/// </summary>
public abstract class LineRecordReader : RecordReader
{
    private readonly LineSplitter _splitter;
    private readonly CountingStream? _counting;
    private readonly string _tooLongReason;
    private long _lineNumber;
    private long _lastConsumed;
    private bool _done;

    /// <summary>Creates a reader over a decompressed stream (not owned).</summary>
    protected LineRecordReader(SourceFile source, Stream decompressed, ReaderOptions options)
        : base(source, options)
    {
        _splitter = new LineSplitter(decompressed, options.MaxRecordBytes);
        _counting = decompressed as CountingStream;
        _tooLongReason = $"record exceeds max record size ({options.MaxRecordBytes} bytes)";
    }

    /// <summary>True when blank lines are copied through but are not records (JSONL).</summary>
    protected abstract bool SkipsBlankLines { get; }

    /// <summary>
    /// True when <see cref="ParseRecord"/> validates UTF-8 itself and returns <see cref="InvalidUtf8Reason"/> on
    /// failure, so the base class skips its own check.
    /// </summary>
    protected virtual bool ParsesUtf8Strictly => false;

    /// <summary>Current line-buffer size, for memory checks.</summary>
    internal int BufferCapacity => _splitter.BufferCapacity;

    /// <summary>
    /// Adds the fields of the current record (the last one in <paramref name="batch"/>), whose raw bytes are
    /// <paramref name="line"/> at <paramref name="rawStart"/> in <see cref="RecordBatch.Raw"/>, and already valid UTF-8.
    /// Returns a quarantine reason, or null.
    /// </summary>
    protected abstract string? ParseRecord(RecordBatch batch, ReadOnlySpan<byte> line, int rawStart);

    /// <inheritdoc />
    public override bool ReadBatch(RecordBatch batch, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        batch.Source = Source;
        if (_done)
        {
            batch.IsLastOfSource = true;
            return false;
        }
        var firstRecord = batch.RecordCount;
        var firstRaw = batch.RawLength;
        var prefixStart = -1;
        while (batch.RecordCount - firstRecord < Options.BatchRecords && batch.RawLength - firstRaw < Options.BatchBytes)
        {
            if (!_splitter.Next(out var line, out var terminator, out var offset, out _, out var tooLong))
            {
                _done = true;
                break;
            }
            var lineNumber = _lineNumber++;
            if (!tooLong && SkipsBlankLines && IsBlank(line))
            {
                var start = batch.AppendRaw(line);
                batch.AppendRaw(LineAux.TerminatorBytes(terminator));
                if (prefixStart < 0)
                {
                    prefixStart = start;
                }
                if (batch.RawLength - prefixStart < LineAux.MaxPrefix)
                {
                    continue;
                }
                // Pathological run of blank lines: close the batch and hand them over as a trailer.
                break;
            }
            var prefix = prefixStart < 0 ? 0 : batch.RawLength - prefixStart;
            prefixStart = -1;
            var aux = LineAux.Encode(terminator, prefix);
            if (tooLong)
            {
                batch.AddRecord(lineNumber, offset, batch.RawLength, 0, aux);
                batch.QuarantineLast(_tooLongReason);
                continue;
            }
            var rawStart = batch.AppendRaw(line);
            batch.AddRecord(lineNumber, offset, rawStart, line.Length, aux);
            if (!ParsesUtf8Strictly && !Utf8.IsValid(line))
            {
                batch.QuarantineLast(InvalidUtf8Reason(line));
                continue;
            }
            var reason = ParseRecord(batch, batch.Raw.Slice(rawStart, line.Length), rawStart);
            if (reason is not null)
            {
                batch.QuarantineLast(reason);
            }
        }
        if (prefixStart >= 0)
        {
            batch.FormatState = new LineTrailer(batch.Raw[prefixStart..].ToArray());
            batch.TrimRaw(prefixStart);
        }
        var consumed = _splitter.Consumed;
        batch.BytesRead += consumed - _lastConsumed;
        _lastConsumed = consumed;
        batch.SourceBytesConsumed = _counting?.SourceBytesConsumed ?? consumed;
        batch.IsLastOfSource = _done;
        return !_done;
    }

    /// <summary>Quarantine reason for invalid UTF-8, with the offset of the first bad byte in the record.</summary>
    protected internal static string InvalidUtf8Reason(ReadOnlySpan<byte> bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                break;
            }
            i += consumed;
        }
        return $"invalid UTF-8 at byte {i}";
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept(" \t\r"u8) < 0;

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _splitter.Dispose();
        }
        base.Dispose(disposing);
    }
}
