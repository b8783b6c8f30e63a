using System.Buffers;
using PiiScan.Detection;

namespace PiiScan.Records;

/// <summary>
/// A batch of consecutive records of one source. Raw bytes and decoded text live in pooled buffers;
/// records and fields refer to them by offset, so a batch allocates nothing per record once warm.
/// Batches are reused through <see cref="Reset"/>; <see cref="Dispose"/> returns the buffers.
/// </summary>
public sealed class RecordBatch : IDisposable
{
    private byte[] _raw;
    private char[] _text;
    private RecordSlot[] _records;
    private FieldSlot[] _fields;

    /// <summary>Creates an empty batch.</summary>
    public RecordBatch()
    {
        _raw = ArrayPool<byte>.Shared.Rent(64 * 1024);
        _text = ArrayPool<char>.Shared.Rent(64 * 1024);
        _records = new RecordSlot[256];
        _fields = new FieldSlot[512];
    }

    /// <summary>The source all records belong to.</summary>
    public SourceFile Source { get; set; } = null!;

    /// <summary>Sequence number of this batch within its source (0-based).</summary>
    public int Sequence { get; set; }

    /// <summary>True for the last batch of its source (the writer closes the file after it).</summary>
    public bool IsLastOfSource { get; set; }

    /// <summary>True when reading stopped (cancellation) before the end of the source.</summary>
    public bool CutShort { get; set; }

    /// <summary>Input bytes (as stored on disk) consumed up to the end of this batch, for progress.</summary>
    public long SourceBytesConsumed { get; set; }

    /// <summary>Decompressed bytes that this batch covers.</summary>
    public long BytesRead { get; set; }

    /// <summary>Format-specific payload (e.g. a Parquet row group's columns).</summary>
    public object? FormatState { get; set; }

    /// <summary>Raw record bytes.</summary>
    public Span<byte> Raw => _raw.AsSpan(0, RawLength);

    /// <summary>Used length of <see cref="Raw"/>.</summary>
    public int RawLength { get; private set; }

    /// <summary>Decoded field values, back to back.</summary>
    public ReadOnlySpan<char> Text => _text.AsSpan(0, TextLength);

    /// <summary>Used length of <see cref="Text"/>.</summary>
    public int TextLength { get; private set; }

    /// <summary>Records of this batch.</summary>
    public Span<RecordSlot> Records => _records.AsSpan(0, RecordCount);

    /// <summary>Number of records.</summary>
    public int RecordCount { get; private set; }

    /// <summary>Fields of all records, in record order.</summary>
    public Span<FieldSlot> Fields => _fields.AsSpan(0, FieldCount);

    /// <summary>Number of fields.</summary>
    public int FieldCount { get; private set; }

    /// <summary>Resolved detections of all fields, grouped by field in field order.</summary>
    public List<Detection.Detection> Detections { get; } = new();

    /// <summary>Operator applied to each entry of <see cref="Detections"/> (same index).</summary>
    public List<string> DetectionOperators { get; } = new();

    /// <summary>Value of field <paramref name="field"/>.</summary>
    public ReadOnlySpan<char> FieldText(int field)
    {
        ref readonly var f = ref _fields[field];
        return _text.AsSpan(f.TextStart, f.TextLength);
    }

    /// <summary>Raw bytes of record <paramref name="record"/>.</summary>
    public ReadOnlySpan<byte> RecordRaw(int record)
    {
        ref readonly var r = ref _records[record];
        return _raw.AsSpan(r.RawStart, r.RawLength);
    }

    /// <summary>Resolved detections of field <paramref name="field"/>.</summary>
    public ReadOnlySpan<Detection.Detection> FieldDetections(int field)
    {
        ref readonly var f = ref _fields[field];
        return System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Detections).Slice(f.DetectionStart, f.DetectionCount);
    }

    /// <summary>Appends raw bytes and returns their start offset.</summary>
    public int AppendRaw(ReadOnlySpan<byte> bytes)
    {
        EnsureRaw(bytes.Length);
        var start = RawLength;
        bytes.CopyTo(_raw.AsSpan(start));
        RawLength += bytes.Length;
        return start;
    }

    /// <summary>Reserves <paramref name="length"/> raw bytes and returns a span to fill.</summary>
    public Span<byte> ReserveRaw(int length, out int start)
    {
        EnsureRaw(length);
        start = RawLength;
        RawLength += length;
        return _raw.AsSpan(start, length);
    }

    /// <summary>Gives back the unused tail of the last <see cref="ReserveRaw"/>.</summary>
    public void TrimRaw(int newLength)
    {
        if ((uint)newLength > (uint)RawLength)
        {
            throw new ArgumentOutOfRangeException(nameof(newLength));
        }
        RawLength = newLength;
    }

    /// <summary>Starts a new record; add its fields with <see cref="AddField(ReadOnlySpan{char}, string, string, int, int, int)"/>.</summary>
    /// <returns>The record's index in this batch.</returns>
    public int AddRecord(long index, long byteOffset, int rawStart, int rawLength, int aux = 0)
    {
        if (RecordCount == _records.Length)
        {
            Array.Resize(ref _records, _records.Length * 2);
        }
        _records[RecordCount] = new RecordSlot
        {
            Index = index,
            ByteOffset = byteOffset,
            RawStart = rawStart,
            RawLength = rawLength,
            FieldStart = FieldCount,
            FieldCount = 0,
            Aux = aux,
        };
        return RecordCount++;
    }

    /// <summary>Adds a field to the last record; the value is copied into <see cref="Text"/>.</summary>
    public int AddField(ReadOnlySpan<char> value, string path, string key, int rawStart = 0, int rawLength = 0, int aux = 0)
    {
        var field = BeginField(value.Length, out var dest);
        value.CopyTo(dest);
        return CommitField(field, value.Length, path, key, rawStart, rawLength, aux);
    }

    /// <summary>
    /// Reserves room for a field value of at most <paramref name="maxChars"/> chars; fill <paramref name="dest"/>
    /// and call <see cref="CommitField"/> with the length written.
    /// </summary>
    public int BeginField(int maxChars, out Span<char> dest)
    {
        if (RecordCount == 0)
        {
            throw new InvalidOperationException("AddRecord before AddField.");
        }
        EnsureText(maxChars);
        if (FieldCount == _fields.Length)
        {
            Array.Resize(ref _fields, _fields.Length * 2);
        }
        dest = _text.AsSpan(TextLength, maxChars);
        return FieldCount;
    }

    /// <summary>Completes a field started with <see cref="BeginField"/>.</summary>
    public int CommitField(int field, int length, string path, string key, int rawStart, int rawLength, int aux)
    {
        _fields[field] = new FieldSlot
        {
            Record = RecordCount - 1,
            TextStart = TextLength,
            TextLength = length,
            RawStart = rawStart,
            RawLength = rawLength,
            Path = path,
            Key = key,
            Aux = aux,
        };
        TextLength += length;
        FieldCount++;
        _records[RecordCount - 1].FieldCount++;
        return field;
    }

    /// <summary>Marks the last record as quarantined and drops the fields added for it.</summary>
    public void QuarantineLast(string reason)
    {
        ref var r = ref _records[RecordCount - 1];
        if (r.FieldCount > 0)
        {
            TextLength = _fields[r.FieldStart].TextStart;
            FieldCount = r.FieldStart;
            r.FieldCount = 0;
        }
        r.QuarantineReason = reason;
    }

    /// <summary>Number of records that are not quarantined.</summary>
    public int CountGoodRecords()
    {
        var n = 0;
        foreach (ref readonly var r in Records)
        {
            if (r.QuarantineReason is null)
            {
                n++;
            }
        }
        return n;
    }

    /// <summary>Clears the batch for reuse, keeping its buffers.</summary>
    public void Reset()
    {
        Source = null!;
        Sequence = 0;
        IsLastOfSource = false;
        CutShort = false;
        SourceBytesConsumed = 0;
        BytesRead = 0;
        FormatState = null;
        RawLength = 0;
        TextLength = 0;
        Array.Clear(_records, 0, RecordCount);
        Array.Clear(_fields, 0, FieldCount);
        RecordCount = 0;
        FieldCount = 0;
        Detections.Clear();
        DetectionOperators.Clear();
        // A huge record must not pin its buffers for the rest of the run.
        if (_raw.Length > ShrinkThreshold)
        {
            ArrayPool<byte>.Shared.Return(_raw);
            _raw = ArrayPool<byte>.Shared.Rent(64 * 1024);
        }
        if (_text.Length > ShrinkThreshold)
        {
            ArrayPool<char>.Shared.Return(_text);
            _text = ArrayPool<char>.Shared.Rent(64 * 1024);
        }
    }

    private const int ShrinkThreshold = 4 * 1024 * 1024;

    /// <inheritdoc />
    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_raw);
        ArrayPool<char>.Shared.Return(_text);
        _raw = [];
        _text = [];
    }

    private void EnsureRaw(int extra)
    {
        if (RawLength + extra > _raw.Length)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(_raw.Length * 2, RawLength + extra));
            _raw.AsSpan(0, RawLength).CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(_raw);
            _raw = bigger;
        }
    }

    private void EnsureText(int extra)
    {
        if (TextLength + extra > _text.Length)
        {
            var bigger = ArrayPool<char>.Shared.Rent(Math.Max(_text.Length * 2, TextLength + extra));
            _text.AsSpan(0, TextLength).CopyTo(bigger);
            ArrayPool<char>.Shared.Return(_text);
            _text = bigger;
        }
    }
}
