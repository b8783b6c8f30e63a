using System.Globalization;
using System.Text;
using System.Text.Json;
using Parquet.Data;
using Parquet.Schema;
using PiiScan.Records;

namespace PiiScan.Readers;

/// <summary>
/// Reads one scalar value of a record by path, whatever fields the scan selected: a JSON path (<c>meta.ts</c>,
/// <c>items[0].at</c>) for JSONL, a column name for CSV/TSV (read from the raw row with the header) and a flat
/// column for Parquet (string, integer, floating point or timestamp). Text records have no fields. Create one per source and feed it every batch of that source in
/// order (the CSV header arrives with the first batch). Numbers and booleans are returned as their JSON text.
/// </summary>
public sealed class RecordValueReader
{
    private CsvHeader? _header;
    private ParquetRowGroupData? _parquetGroup;
    private string? _parquetColumn;
    private string?[]? _parquetValues;

    /// <summary>Feeds a batch so that format state (the CSV header) is known; call before <see cref="TryGet"/>.</summary>
    public void Observe(RecordBatch batch)
    {
        if (batch.FormatState is CsvHeader h)
        {
            _header = h;
        }
    }

    /// <summary>Reads the value at <paramref name="path"/> of record <paramref name="record"/> (index in the batch).</summary>
    public bool TryGet(RecordBatch batch, int record, string path, out string value)
    {
        value = "";
        ref readonly var rec = ref batch.Records[record];
        if (rec.QuarantineReason is not null)
        {
            return false;
        }
        for (var f = rec.FieldStart; f < rec.FieldStart + rec.FieldCount; f++)
        {
            if (string.Equals(batch.Fields[f].Path, path, StringComparison.Ordinal))
            {
                value = batch.FieldText(f).ToString();
                return true;
            }
        }
        return batch.Source.Format switch
        {
            InputFormat.Jsonl => TryGetJson(batch.RecordRaw(record), path, out value),
            InputFormat.Csv or InputFormat.Tsv => TryGetCsv(batch.RecordRaw(record), path, out value),
            InputFormat.Parquet => TryGetParquet(batch, record, path, out value),
            _ => false,
        };
    }

    private bool TryGetParquet(RecordBatch batch, int record, string column, out string value)
    {
        value = "";
        if (batch.FormatState is not ParquetBatchState { RowGroup: { } group } state)
        {
            return false;
        }
        if (!ReferenceEquals(group, _parquetGroup) || !string.Equals(column, _parquetColumn, StringComparison.Ordinal))
        {
            _parquetGroup = group;
            _parquetColumn = column;
            _parquetValues = ParquetColumnText(group, column);
        }
        var row = state.FirstRow + record;
        if (_parquetValues is null || row >= _parquetValues.Length || _parquetValues[row] is not { } v)
        {
            return false;
        }
        value = v;
        return true;
    }

    // The values of a flat column of a row group as text, one per row (null for nulls).
    private static string?[]? ParquetColumnText(ParquetRowGroupData group, string column)
    {
        var i = Array.FindIndex(group.Fields, f => string.Equals(f.Name, column, StringComparison.Ordinal));
        if (i < 0 || group.Fields[i].MaxRepetitionLevel > 0)
        {
            return null;
        }
        var field = group.Fields[i];
        var inv = CultureInfo.InvariantCulture;
        return group.Columns[i] switch
        {
            RawColumnData<long> c => Expand(c.Values, c, field, v => v.ToString(inv)),
            RawColumnData<int> c => Expand(c.Values, c, field, v => v.ToString(inv)),
            RawColumnData<double> c => Expand(c.Values, c, field, v => v.ToString("R", inv)),
            RawColumnData<DateTime> c => Expand(c.Values, c, field, v => DateTime.SpecifyKind(v, v.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : v.Kind).ToString("O", inv)),
            RawColumnData<DateTimeOffset> c => Expand(c.Values, c, field, v => v.ToString("O", inv)),
            RawColumnData<ReadOnlyMemory<char>> c => Expand(c.Values, c, field, v => v.ToString()),
            _ => null,
        };
    }

    private static string?[] Expand<T>(Span<T> values, RawColumnData data, DataField field, Func<T, string> format)
    {
        if (field.MaxDefinitionLevel == 0)
        {
            var all = new string?[values.Length];
            for (var r = 0; r < values.Length; r++)
            {
                all[r] = format(values[r]);
            }
            return all;
        }
        var defs = data.DefinitionLevels;
        var result = new string?[defs.Length];
        var vp = 0;
        for (var r = 0; r < defs.Length; r++)
        {
            result[r] = defs[r] == field.MaxDefinitionLevel ? format(values[vp++]) : null;
        }
        return result;
    }

    /// <summary>Reads a scalar from a JSON document by path.</summary>
    public static bool TryGetJson(ReadOnlySpan<byte> json, string path, out string value)
    {
        value = "";
        try
        {
            var reader = new Utf8JsonReader(json);
            using var doc = JsonDocument.ParseValue(ref reader);
            var el = doc.RootElement;
            foreach (var segment in SplitPath(path))
            {
                if (segment.Index is int i)
                {
                    if (el.ValueKind != JsonValueKind.Array || i >= el.GetArrayLength())
                    {
                        return false;
                    }
                    el = el[i];
                }
                else if (el.ValueKind != JsonValueKind.Object || !el.TryGetProperty(segment.Name!, out el))
                {
                    return false;
                }
            }
            switch (el.ValueKind)
            {
                case JsonValueKind.String:
                    value = el.GetString()!;
                    return true;
                case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                    value = el.GetRawText();
                    return true;
                default:
                    return false;
            }
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private bool TryGetCsv(ReadOnlySpan<byte> raw, string column, out string value)
    {
        value = "";
        if (_header is null)
        {
            return false;
        }
        var index = -1;
        for (var i = 0; i < _header.Columns.Count; i++)
        {
            if (string.Equals(_header.Columns[i], column, StringComparison.Ordinal))
            {
                index = i;
                break;
            }
        }
        if (index < 0)
        {
            return false;
        }
        var cells = SplitCsvRow(Encoding.UTF8.GetString(raw), (char)_header.Delimiter);
        if (index >= cells.Count)
        {
            return false;
        }
        value = cells[index];
        return true;
    }

    /// <summary>Splits one CSV row (RFC 4180 quoting) into decoded cells.</summary>
    public static List<string> SplitCsvRow(string row, char delimiter)
    {
        var cells = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < row.Length; i++)
        {
            var c = row[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < row.Length && row[i + 1] == '"')
                    {
                        sb.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    sb.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == delimiter)
            {
                cells.Add(sb.ToString());
                sb.Clear();
            }
            else
            {
                sb.Append(c);
            }
        }
        cells.Add(sb.ToString());
        return cells;
    }

    private static IEnumerable<(string? Name, int? Index)> SplitPath(string path)
    {
        foreach (var part in path.Split('.'))
        {
            var name = part;
            var bracket = name.IndexOf('[', StringComparison.Ordinal);
            if (bracket < 0)
            {
                yield return (name, null);
                continue;
            }
            if (bracket > 0)
            {
                yield return (name[..bracket], null);
            }
            var rest = name[bracket..];
            while (rest.StartsWith('['))
            {
                var close = rest.IndexOf(']', StringComparison.Ordinal);
                if (close < 0 || !int.TryParse(rest.AsSpan(1, close - 1), out var i))
                {
                    yield return (rest, null);
                    break;
                }
                yield return (null, i);
                rest = rest[(close + 1)..];
            }
        }
    }
}
