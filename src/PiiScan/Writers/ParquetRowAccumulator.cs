using System.Buffers;
using System.Text;
using Parquet;
using Parquet.Schema;
using PiiScan.Readers;
using PiiScan.Records;

namespace PiiScan.Writers;

/// <summary>
/// Collects redacted JSONL/text/CSV records as rows for <see cref="ParquetRecordWriter"/>'s conversion mode. Values are
/// stored back to back in one char buffer, so a row costs no string allocation.
/// </summary>
internal sealed class ParquetRowAccumulator
{
    private const int MaxRows = 16 * 1024;
    private const int MaxChars = 4 * 1024 * 1024;

    private readonly InputFormat _format;
    private readonly List<long> _records = new();
    private readonly ArrayBufferWriter<byte> _scratch = new();
    private readonly List<List<(int Start, int Length)>> _columns = new();
    private string[] _names = [];
    private char[] _chars = ArrayPool<char>.Shared.Rent(64 * 1024);
    private int _charCount;
    private byte _delimiter = (byte)',';

    public ParquetRowAccumulator(InputFormat format)
    {
        _format = format;
        if (format is InputFormat.Jsonl or InputFormat.Text)
        {
            _names = [format == InputFormat.Jsonl ? "json" : "text"];
            _columns.Add(new List<(int, int)>());
        }
    }

    public int Count => _records.Count;

    public bool IsFull => _records.Count >= MaxRows || _charCount >= MaxChars;

    /// <summary>True once the columns are known (CSV: after the header).</summary>
    public bool SchemaKnown => _format is InputFormat.Jsonl or InputFormat.Text || _names.Length > 0;

    public void Add(RecordBatch batch)
    {
        if (batch.FormatState is CsvHeader header && _names.Length == 0)
        {
            _delimiter = header.Delimiter;
            _names = UniqueNames(header.Columns);
            foreach (var _ in _names)
            {
                _columns.Add(new List<(int, int)>());
            }
        }
        var raw = batch.Raw;
        var fields = batch.Fields;
        foreach (ref readonly var record in batch.Records)
        {
            if (record.QuarantineReason is not null)
            {
                continue;
            }
            _records.Add(record.Index);
            var recordRaw = raw.Slice(record.RawStart, record.RawLength);
            var recordFields = fields.Slice(record.FieldStart, record.FieldCount);
            switch (_format)
            {
                case InputFormat.Jsonl:
                    AddJson(recordRaw, record.RawStart, recordFields);
                    break;
                case InputFormat.Text:
                    AddValue(0, recordFields.Length > 0 && recordFields[0].NewValue is { } v ? v : null, recordRaw);
                    break;
                default:
                    AddCsv(recordRaw, record.RawStart, recordFields);
                    break;
            }
        }
    }

    public ParquetSchema BuildSchema()
    {
        var fields = new List<Field> { new DataField<long>("record") };
        foreach (var name in _names)
        {
            fields.Add(new DataField<string>(name));
        }
        return new ParquetSchema(fields);
    }

    public void WriteTo(ParquetRowGroupWriter rg)
    {
        var schema = BuildSchema();
        var dataFields = schema.GetDataFields();
        rg.WriteAsync<long>(dataFields[0], _records.ToArray(), null, null, CancellationToken.None).GetAwaiter().GetResult();
        for (var c = 0; c < _names.Length; c++)
        {
            var column = _columns[c];
            var values = new List<ReadOnlyMemory<char>>(column.Count);
            var defs = new int[column.Count];
            for (var r = 0; r < column.Count; r++)
            {
                var (start, length) = column[r];
                if (start >= 0)
                {
                    values.Add(_chars.AsMemory(start, length));
                    defs[r] = 1;
                }
            }
            ReadOnlyMemory<int>? defMemory = dataFields[c + 1].MaxDefinitionLevel > 0 ? defs : null;
            rg.WriteAllPartsAsync<ReadOnlyMemory<char>>(dataFields[c + 1], values.ToArray(), defMemory, null, CancellationToken.None)
                .GetAwaiter().GetResult();
        }
    }

    public void Clear()
    {
        _records.Clear();
        foreach (var c in _columns)
        {
            c.Clear();
        }
        _charCount = 0;
    }

    private void AddJson(ReadOnlySpan<byte> recordRaw, int rawStart, ReadOnlySpan<FieldSlot> fields)
    {
        _scratch.ResetWrittenCount();
        var pos = 0;
        foreach (ref readonly var field in fields)
        {
            if (field.NewValue is null)
            {
                continue;
            }
            var start = field.RawStart - rawStart;
            _scratch.Write(recordRaw[pos..start]);
            var span = _scratch.GetSpan((field.NewValue.Length * 6) + 2);
            _scratch.Advance(JsonStringEncoder.Encode(field.NewValue, span));
            pos = start + field.RawLength;
        }
        _scratch.Write(recordRaw[pos..]);
        AddDecoded(0, _scratch.WrittenSpan);
    }

    private void AddCsv(ReadOnlySpan<byte> recordRaw, int rawStart, ReadOnlySpan<FieldSlot> fields)
    {
        var pos = 0;
        var cell = 0;
        var f = 0;
        while (true)
        {
            var end = CsvCells.CellEnd(recordRaw, pos, _delimiter);
            while (f < fields.Length && fields[f].RawStart < rawStart + pos)
            {
                f++;
            }
            if (cell < _names.Length)
            {
                var replaced = f < fields.Length && fields[f].RawStart == rawStart + pos ? fields[f].NewValue : null;
                if (replaced is not null)
                {
                    AddChars(cell, replaced);
                }
                else
                {
                    var dest = Reserve(end - pos);
                    var n = CsvCells.Decode(recordRaw[pos..end], dest);
                    _columns[cell].Add((_charCount, n));
                    _charCount += n;
                }
            }
            cell++;
            if (end >= recordRaw.Length)
            {
                break;
            }
            pos = end + 1;
        }
        for (; cell < _names.Length; cell++)
        {
            _columns[cell].Add((-1, 0));
        }
    }

    private void AddValue(int column, string? replaced, ReadOnlySpan<byte> raw)
    {
        if (replaced is not null)
        {
            AddChars(column, replaced);
        }
        else
        {
            AddDecoded(column, raw);
        }
    }

    private void AddDecoded(int column, ReadOnlySpan<byte> utf8)
    {
        var dest = Reserve(utf8.Length);
        var n = Encoding.UTF8.GetChars(utf8, dest);
        _columns[column].Add((_charCount, n));
        _charCount += n;
    }

    private void AddChars(int column, ReadOnlySpan<char> value)
    {
        var dest = Reserve(value.Length);
        value.CopyTo(dest);
        _columns[column].Add((_charCount, value.Length));
        _charCount += value.Length;
    }

    private Span<char> Reserve(int length)
    {
        if (_charCount + length > _chars.Length)
        {
            // Values already added refer to the old buffer only through offsets, so it can be replaced.
            var bigger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, _charCount + length));
            _chars.AsSpan(0, _charCount).CopyTo(bigger);
            ArrayPool<char>.Shared.Return(_chars);
            _chars = bigger;
        }
        return _chars.AsSpan(_charCount, length);
    }

    private static string[] UniqueNames(IReadOnlyList<string> columns)
    {
        var used = new HashSet<string>(StringComparer.Ordinal) { "record" };
        var names = new string[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            var name = columns[i].Length == 0 ? $"col{i + 1}" : columns[i];
            var candidate = name;
            for (var n = 2; !used.Add(candidate); n++)
            {
                candidate = $"{name}_{n}";
            }
            names[i] = candidate;
        }
        return names;
    }
}
