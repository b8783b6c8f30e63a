using System.Globalization;
using System.Text.Unicode;
using PiiScan.Records;

namespace PiiScan.Readers;

/// <summary>
/// CSV (RFC 4180) and TSV (same rules, tab delimiter). The first row is the header (kept byte-exact in a
/// <see cref="CsvHeader"/> set as the first batch's <see cref="RecordBatch.FormatState"/>); each data row is a record
/// (index = 0-based data row). Cells of selected columns (<see cref="FieldSelector.MatchesColumn"/>) become fields with
/// Path = Key = column name and <see cref="FieldSlot.Aux"/> = cell position; Raw spans include quotes.
/// Ragged rows are processed, not quarantined: missing cells are absent, extra cells are named <c>col{n}</c>
/// (1-based position). A row still inside quotes at end of input is quarantined (<c>unbalanced quote</c>).
/// </summary>
public sealed class CsvReader : RecordReader
{
    private readonly CsvRowSplitter _splitter;
    private readonly CountingStream? _counting;
    private readonly byte _delimiter;
    private readonly PathCache _paths;
    private readonly string _tooLongReason;
    private PathEntry[] _columns = [];
    private CsvHeader? _header;
    private long _row;
    private long _lastConsumed;
    private bool _done;

    /// <summary>Creates a reader; <paramref name="delimiter"/> is <c>,</c> for CSV and tab for TSV.</summary>
    public CsvReader(SourceFile source, Stream decompressed, ReaderOptions options, byte delimiter)
        : base(source, options)
    {
        _delimiter = delimiter;
        _splitter = new CsvRowSplitter(decompressed, delimiter, options.MaxRecordBytes);
        _counting = decompressed as CountingStream;
        _paths = new PathCache(options.Fields, columns: true);
        _tooLongReason = $"record exceeds max record size ({options.MaxRecordBytes} bytes)";
    }

    /// <summary>The header, once the first batch was read (null for an empty input).</summary>
    public CsvHeader? Header => _header;

    /// <summary>Current row-buffer size, for memory checks.</summary>
    internal int BufferCapacity => _splitter.BufferCapacity;

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
        if (_header is null && !ReadHeader(batch))
        {
            _done = true;
        }
        var firstRecord = batch.RecordCount;
        var firstRaw = batch.RawLength;
        while (!_done && batch.RecordCount - firstRecord < Options.BatchRecords && batch.RawLength - firstRaw < Options.BatchBytes)
        {
            if (!_splitter.Next(out var row, out var terminator, out var offset, out _, out var tooLong, out var unbalanced))
            {
                _done = true;
                break;
            }
            var index = _row++;
            var aux = LineAux.Encode(terminator, 0);
            if (tooLong)
            {
                batch.AddRecord(index, offset, batch.RawLength, 0, aux);
                batch.QuarantineLast(unbalanced ? "unbalanced quote" : _tooLongReason);
                continue;
            }
            var rawStart = batch.AppendRaw(row);
            batch.AddRecord(index, offset, rawStart, row.Length, aux);
            if (unbalanced)
            {
                batch.QuarantineLast("unbalanced quote");
                continue;
            }
            if (!Utf8.IsValid(row))
            {
                batch.QuarantineLast(LineRecordReader.InvalidUtf8Reason(row));
                continue;
            }
            AddCells(batch, rawStart, row.Length);
        }
        var consumed = _splitter.Consumed;
        batch.BytesRead += consumed - _lastConsumed;
        _lastConsumed = consumed;
        batch.SourceBytesConsumed = _counting?.SourceBytesConsumed ?? consumed;
        batch.IsLastOfSource = _done;
        return !_done;
    }

    private void AddCells(RecordBatch batch, int rawStart, int length)
    {
        var pos = 0;
        var cell = 0;
        while (true)
        {
            var row = batch.Raw.Slice(rawStart, length);
            var end = CsvCells.CellEnd(row, pos, _delimiter);
            var entry = ColumnEntry(cell);
            if (entry.Selected)
            {
                var raw = row[pos..end];
                var field = batch.BeginField(raw.Length, out var dest);
                var chars = CsvCells.Decode(batch.Raw.Slice(rawStart + pos, end - pos), dest);
                batch.CommitField(field, chars, entry.Path, entry.Key, rawStart + pos, end - pos, cell);
            }
            if (end >= length)
            {
                return;
            }
            pos = end + 1;
            cell++;
        }
    }

    private PathEntry ColumnEntry(int cell)
    {
        if (cell < _columns.Length)
        {
            return _columns[cell];
        }
        Span<char> name = stackalloc char[16];
        name[0] = 'c';
        name[1] = 'o';
        name[2] = 'l';
        (cell + 1).TryFormat(name[3..], out var n, default, CultureInfo.InvariantCulture);
        return _paths.Get(name[..(3 + n)], name[..(3 + n)]);
    }

    // Reads the header row; false for an empty input.
    private bool ReadHeader(RecordBatch batch)
    {
        if (!_splitter.Next(out var row, out var terminator, out _, out _, out var tooLong, out var unbalanced))
        {
            return false;
        }
        if (tooLong)
        {
            throw new InvalidDataException($"CSV header row exceeds max record size ({Options.MaxRecordBytes} bytes).");
        }
        if (unbalanced)
        {
            throw new InvalidDataException("CSV header row has an unbalanced quote.");
        }
        if (!Utf8.IsValid(row))
        {
            throw new InvalidDataException("CSV header row is not valid UTF-8.");
        }
        var term = LineAux.TerminatorBytes(terminator);
        var raw = new byte[row.Length + term.Length];
        row.CopyTo(raw);
        term.CopyTo(raw.AsSpan(row.Length));
        var body = row.StartsWith("\uFEFF"u8) ? row[3..] : row;
        var names = new List<string>();
        var pos = 0;
        var chars = new char[body.Length];
        while (true)
        {
            var end = CsvCells.CellEnd(body, pos, _delimiter);
            var n = CsvCells.Decode(body[pos..end], chars);
            names.Add(new string(chars, 0, n));
            if (end >= body.Length)
            {
                break;
            }
            pos = end + 1;
        }
        _columns = new PathEntry[names.Count];
        for (var i = 0; i < names.Count; i++)
        {
            _columns[i] = _paths.Get(names[i], names[i]);
        }
        _header = new CsvHeader(raw, names.ToArray(), _delimiter);
        batch.FormatState = _header;
        return true;
    }

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
