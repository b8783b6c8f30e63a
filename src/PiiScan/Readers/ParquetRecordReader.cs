using System.Globalization;
using Parquet;
using Parquet.Data;
using Parquet.Meta;
using Parquet.Schema;
using PiiScan.Records;

namespace PiiScan.Readers;

/// <summary>
/// Apache Parquet: one record per row (index = 0-based row across the file). String columns, optional strings and
/// lists of strings are scanned: a plain column gives Path = Key = column name (nested struct members
/// <c>a.b</c>, key <c>b</c>); a list element gives Path <c>col[i]</c>, Key <c>col</c> (nested lists
/// <c>col[i][j]</c>, lists of structs <c>col[i].x</c>, maps <c>col[i].key</c>/<c>col[i].value</c>). For Parquet fields,
/// <see cref="FieldSlot.Aux"/> is the leaf column ordinal and <see cref="FieldSlot.RawStart"/> the value index within
/// that column's row-group values (<see cref="FieldSlot.RawLength"/> is 0; there are no raw bytes). Each batch carries
/// a <see cref="ParquetBatchState"/> with the whole row group (all columns, untouched) so the writer can rewrite it with
/// the same schema; a large row group is split into several batches of at most <see cref="ReaderOptions.BatchRecords"/> rows.
/// A non-seekable input (compressed or stdin) is first spooled to a temporary file.
/// </summary>
public sealed class ParquetRecordReader : RecordReader
{
    private readonly Stream _stream;
    private readonly bool _ownsStream;
    private readonly CountingStream? _counting;
    private readonly ParquetReader _reader;
    private readonly DataField[] _fields;
    private readonly ColumnInfo[] _stringColumns;
    private readonly PathCache _paths;
    private readonly CompressionMethod _compression;
    private readonly Dictionary<string, string> _metadata;
    private readonly long _totalRows;
    private char[] _pathBuffer = new char[128];
    private ParquetRowGroupData? _current;
    private int _nextRowGroup;
    private long _rowInGroup;
    private long _fileRow;
    private long _rowsDone;
    private bool _done;

    /// <summary>Opens a Parquet source. Throws <see cref="InvalidDataException"/> when it is not valid Parquet.</summary>
    public ParquetRecordReader(SourceFile source, Stream decompressed, ReaderOptions options)
        : base(source, options)
    {
        _counting = decompressed as CountingStream;
        if (decompressed.CanSeek)
        {
            _stream = decompressed;
        }
        else
        {
            _stream = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1024 * 1024, FileOptions.DeleteOnClose);
            decompressed.CopyTo(_stream);
            _stream.Position = 0;
            _ownsStream = true;
        }
        try
        {
            _reader = ParquetReader.CreateAsync(_stream, new ParquetOptions(), leaveStreamOpen: true, CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is ParquetException or IOException or NotSupportedException or Parquet.Meta.Proto.ThriftProtocolException)
        {
            if (_ownsStream)
            {
                _stream.Dispose();
            }
            throw new InvalidDataException("The input is not a valid Parquet file.", e);
        }
        _fields = _reader.Schema.GetDataFields();
        _paths = new PathCache(options.Fields, columns: true);
        var names = new Dictionary<DataField, string>();
        foreach (var field in _reader.Schema.Fields)
        {
            CollectNames(field, string.Empty, names);
        }
        var stringColumns = new List<ColumnInfo>();
        for (var i = 0; i < _fields.Length; i++)
        {
            var f = _fields[i];
            if (f.ClrType != typeof(ReadOnlyMemory<char>))
            {
                continue;
            }
            var template = names.TryGetValue(f, out var n) ? n : f.Name;
            var markers = CountMarkers(template);
            if (markers != f.MaxRepetitionLevel)
            {
                // Unexpected nesting: fall back to one flat index per row.
                template = template.Replace("[]", string.Empty, StringComparison.Ordinal) + (f.MaxRepetitionLevel > 0 ? "[]" : string.Empty);
            }
            var baseName = template.Replace("[]", string.Empty, StringComparison.Ordinal);
            var dot = baseName.LastIndexOf('.');
            var key = _paths.InternKey(dot < 0 ? baseName : baseName[(dot + 1)..]);
            var plain = _paths.Get(baseName, key);
            stringColumns.Add(new ColumnInfo(i, f, template, key, plain, f.MaxRepetitionLevel));
        }
        _stringColumns = stringColumns.ToArray();
        _metadata = _reader.CustomMetadata ?? new Dictionary<string, string>();
        _compression = SourceCompression(_reader.Metadata);
        foreach (var rg in _reader.RowGroups)
        {
            _totalRows += rg.RowCount;
        }
    }

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
        while (_current is null || _rowInGroup >= _current.RowCount)
        {
            if (_current is not null && _current.RowCount == 0)
            {
                // An empty row group is handed over whole so the output keeps it.
                break;
            }
            if (_nextRowGroup >= _reader.RowGroupCount)
            {
                _done = true;
                batch.IsLastOfSource = true;
                batch.FormatState ??= new ParquetBatchState(_reader.Schema, _compression, _metadata, null, 0, 0, false);
                batch.SourceBytesConsumed = _counting?.SourceBytesConsumed ?? Source.Length;
                return false;
            }
            _current = LoadRowGroup(_nextRowGroup++, cancellationToken);
            _rowInGroup = 0;
            ResetCursors();
        }
        var group = _current;
        var rows = (int)Math.Min(Math.Max(1, Options.BatchRecords), group.RowCount - _rowInGroup);
        var firstRow = _rowInGroup;
        var textStart = batch.TextLength;
        var taken = 0;
        while (taken < rows)
        {
            batch.AddRecord(_fileRow++, -1, 0, 0);
            foreach (var column in _stringColumns)
            {
                AddRowValues(batch, group, column);
            }
            taken++;
            if ((batch.TextLength - textStart) * 2L >= Options.BatchBytes)
            {
                break;
            }
        }
        _rowInGroup += taken;
        _rowsDone += taken;
        var ends = _rowInGroup >= group.RowCount;
        batch.FormatState = new ParquetBatchState(_reader.Schema, _compression, _metadata, group, firstRow, taken, ends);
        if (ends)
        {
            _current = null;
            _done = _nextRowGroup >= _reader.RowGroupCount;
        }
        var fraction = _totalRows == 0 ? 1.0 : (double)_rowsDone / _totalRows;
        var length = _stream.Length;
        batch.BytesRead += (long)(length * ((double)taken / Math.Max(1, _totalRows)));
        batch.SourceBytesConsumed = _ownsStream ? _counting?.SourceBytesConsumed ?? length : (long)(Source.Length * fraction);
        batch.IsLastOfSource = _done;
        return !_done;
    }

    private ParquetRowGroupData LoadRowGroup(int index, CancellationToken cancellationToken)
    {
        var columns = new RawColumnData[_fields.Length];
        try
        {
            using var rg = _reader.OpenRowGroupReader(index);
            for (var i = 0; i < _fields.Length; i++)
            {
                columns[i] = rg.ReadRawColumnDataBaseAsync(_fields[i], cancellationToken).AsTask().GetAwaiter().GetResult();
            }
            return new ParquetRowGroupData(index, rg.RowCount, _fields, columns);
        }
        catch (Exception e) when (e is ParquetException or NotSupportedException or ArgumentException or IndexOutOfRangeException
            or InvalidOperationException or Parquet.Meta.Proto.ThriftProtocolException)
        {
            foreach (var c in columns)
            {
                c?.Dispose();
            }
            throw new InvalidDataException($"Parquet row group {index} is corrupt or uses an unsupported encoding.", e);
        }
    }

    private void ResetCursors()
    {
        foreach (var c in _stringColumns)
        {
            c.LevelPos = 0;
            c.ValuePos = 0;
        }
    }

    // Adds the values of one row of a string column and advances the column's cursors.
    private void AddRowValues(RecordBatch batch, ParquetRowGroupData group, ColumnInfo column)
    {
        var data = (RawColumnData<ReadOnlyMemory<char>>)group.Columns[column.Ordinal];
        var values = data.Values;
        var maxDef = column.Field.MaxDefinitionLevel;
        var defs = maxDef > 0 ? data.DefinitionLevels : default;
        var reps = column.Repeated ? data.RepetitionLevels : default;
        var entries = maxDef > 0 ? defs.Length : values.Length;
        do
        {
            if (column.LevelPos >= entries)
            {
                return;
            }
            if (column.Repeated)
            {
                // Track the list index at each repetition level: a new row resets all, level r advances index r.
                var r = reps[column.LevelPos];
                var indexes = column.Indexes;
                if (r == 0)
                {
                    Array.Clear(indexes);
                }
                else
                {
                    indexes[r - 1]++;
                    Array.Clear(indexes, r, indexes.Length - r);
                }
            }
            var present = maxDef == 0 || defs[column.LevelPos] == maxDef;
            if (present)
            {
                var entry = column.Repeated ? ElementEntry(column) : column.Plain;
                if (entry.Selected)
                {
                    batch.AddField(values[column.ValuePos].Span, entry.Path, entry.Key, column.ValuePos, 0, column.Ordinal);
                }
                column.ValuePos++;
            }
            column.LevelPos++;
        }
        while (column.Repeated && column.LevelPos < entries && reps[column.LevelPos] > 0);
    }

    // Builds the element path from the column template, replacing each "[]" with the index at that level.
    private PathEntry ElementEntry(ColumnInfo column)
    {
        var template = column.Template.AsSpan();
        var needed = template.Length + (column.Indexes.Length * 11);
        if (_pathBuffer.Length < needed)
        {
            _pathBuffer = new char[needed * 2];
        }
        var span = _pathBuffer.AsSpan();
        var pos = 0;
        var level = 0;
        while (true)
        {
            var marker = template.IndexOf("[]", StringComparison.Ordinal);
            if (marker < 0)
            {
                template.CopyTo(span[pos..]);
                pos += template.Length;
                break;
            }
            template[..marker].CopyTo(span[pos..]);
            pos += marker;
            span[pos++] = '[';
            column.Indexes[level++].TryFormat(span[pos..], out var n, default, CultureInfo.InvariantCulture);
            pos += n;
            span[pos++] = ']';
            template = template[(marker + 2)..];
        }
        return _paths.Get(span[..pos], column.Key);
    }

    private static int CountMarkers(string template)
    {
        var count = 0;
        for (var i = template.IndexOf("[]", StringComparison.Ordinal); i >= 0; i = template.IndexOf("[]", i + 2, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }

    // Display-path templates per leaf: struct members joined by '.', each list/map level marked "[]" (filled with
    // the element index when reading): tags[], a.b, items[].name, matrix[][], attrs[].key.
    private static void CollectNames(Field field, string prefix, Dictionary<DataField, string> names, bool skipName = false)
    {
        var self = skipName ? prefix : prefix + field.Name;
        switch (field)
        {
            case DataField d:
                names[d] = self;
                break;
            case ListField l:
                CollectNames(l.Item, self + "[]", names, skipName: true);
                break;
            case StructField s:
                foreach (var child in s.Fields)
                {
                    CollectNames(child, self + ".", names);
                }
                break;
            case MapField m:
                CollectNames(m.Key, self + "[].", names);
                CollectNames(m.Value, self + "[].", names);
                break;
        }
    }

    private static CompressionMethod SourceCompression(FileMetaData? metadata)
    {
        var codec = metadata?.RowGroups?.FirstOrDefault()?.Columns?.FirstOrDefault()?.MetaData?.Codec ?? CompressionCodec.SNAPPY;
        return codec switch
        {
            CompressionCodec.UNCOMPRESSED => CompressionMethod.None,
            CompressionCodec.GZIP => CompressionMethod.Gzip,
            CompressionCodec.ZSTD => CompressionMethod.Zstd,
            CompressionCodec.BROTLI => CompressionMethod.Brotli,
            CompressionCodec.LZ4_RAW => CompressionMethod.Lz4Raw,
            _ => CompressionMethod.Snappy,
        };
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
            if (_ownsStream)
            {
                _stream.Dispose();
            }
        }
        base.Dispose(disposing);
    }

    private sealed class ColumnInfo(int ordinal, DataField field, string template, string key, PathEntry plain, int repetitionLevels)
    {
        public int Ordinal { get; } = ordinal;

        public DataField Field { get; } = field;

        public string Template { get; } = template;

        public string Key { get; } = key;

        public PathEntry Plain { get; } = plain;

        public bool Repeated { get; } = repetitionLevels > 0;

        public int[] Indexes { get; } = new int[repetitionLevels];

        public int LevelPos { get; set; }

        public int ValuePos { get; set; }
    }
}
