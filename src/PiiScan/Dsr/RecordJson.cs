using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Parquet.Serialization;
using PiiScan.Readers;
using PiiScan.Records;

namespace PiiScan.Dsr;

/// <summary>
/// Writes original records as JSON for export bundles: the JSON value itself for JSONL, an object of column → value
/// for CSV/TSV and Parquet, <c>{"text": line}</c> for text.
/// </summary>
public static class RecordJson
{
    /// <summary>
    /// Calls <paramref name="emit"/> with (record index, writer action) for each record of <paramref name="source"/>
    /// whose index is in <paramref name="records"/>, in file order.
    /// </summary>
    public static void ForEach(SourceFile source, IReadOnlySet<long> records, Action<long, Action<Utf8JsonWriter>> emit)
    {
        if (source.Format == InputFormat.Parquet)
        {
            ForEachParquet(source, records, emit);
            return;
        }
        CsvHeader? header = null;
        SourceBatches.ForEach(source, (batch, _) =>
        {
            if (batch.FormatState is CsvHeader h)
            {
                header = h;
            }
            for (var i = 0; i < batch.RecordCount; i++)
            {
                var rec = batch.Records[i];
                if (!records.Contains(rec.Index) || rec.QuarantineReason is not null)
                {
                    continue;
                }
                var bytes = batch.RecordRaw(i).ToArray();
                switch (source.Format)
                {
                    case InputFormat.Jsonl:
                        emit(rec.Index, w => w.WriteRawValue(bytes));
                        break;
                    case InputFormat.Csv or InputFormat.Tsv:
                        var cells = RecordValueReader.SplitCsvRow(Encoding.UTF8.GetString(bytes), (char)(header?.Delimiter ?? (byte)','));
                        emit(rec.Index, w =>
                        {
                            w.WriteStartObject();
                            for (var c = 0; c < cells.Count; c++)
                            {
                                w.WriteString(header is not null && c < header.Columns.Count ? header.Columns[c] : $"col{c + 1}", cells[c]);
                            }
                            w.WriteEndObject();
                        });
                        break;
                    default:
                        var text = Encoding.UTF8.GetString(bytes);
                        emit(rec.Index, w =>
                        {
                            w.WriteStartObject();
                            w.WriteString("text", text);
                            w.WriteEndObject();
                        });
                        break;
                }
            }
        });
    }

    private static void ForEachParquet(SourceFile source, IReadOnlySet<long> records, Action<long, Action<Utf8JsonWriter>> emit)
    {
        using var stream = File.OpenRead(source.FullPath);
        var result = ParquetSerializer.DeserializeUntypedAsync(stream).GetAwaiter().GetResult();
        for (var i = 0; i < result.Data.Count; i++)
        {
            if (!records.Contains(i))
            {
                continue;
            }
            var row = result.Data[i];
            emit(i, w => WriteValue(w, row));
        }
    }

    /// <summary>Writes a Parquet value (scalar, list, struct) as JSON.</summary>
    public static void WriteValue(Utf8JsonWriter w, object? value)
    {
        switch (value)
        {
            case null:
                w.WriteNullValue();
                break;
            case string s:
                w.WriteStringValue(s);
                break;
            case bool b:
                w.WriteBooleanValue(b);
                break;
            case byte or sbyte or short or ushort or int or uint or long:
                w.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case ulong ul:
                w.WriteNumberValue(ul);
                break;
            case float or double or decimal:
                var d = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                if (double.IsFinite(d))
                {
                    w.WriteNumberValue(d);
                }
                else
                {
                    w.WriteStringValue(d.ToString(CultureInfo.InvariantCulture));
                }
                break;
            case DateTime dt:
                w.WriteStringValue(dt.ToString("O", CultureInfo.InvariantCulture));
                break;
            case DateTimeOffset dto:
                w.WriteStringValue(dto.ToString("O", CultureInfo.InvariantCulture));
                break;
            case byte[] bytes:
                w.WriteBase64StringValue(bytes);
                break;
            case IDictionary dict:
                w.WriteStartObject();
                foreach (DictionaryEntry e in dict)
                {
                    w.WritePropertyName(Convert.ToString(e.Key, CultureInfo.InvariantCulture) ?? "");
                    WriteValue(w, e.Value);
                }
                w.WriteEndObject();
                break;
            case IEnumerable list:
                w.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(w, item);
                }
                w.WriteEndArray();
                break;
            default:
                w.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
