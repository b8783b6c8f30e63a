using System.Globalization;
using System.Text.Json;

namespace PiiScan.Reports;

/// <summary>Report data collected by <see cref="ReportSink"/> beyond <see cref="RunReport"/>: timeline, top records.</summary>
public sealed class ReportExtras
{
    /// <summary>How many records <see cref="TopRecords"/> keeps.</summary>
    public const int TopCount = 20;

    /// <summary>The record time field (<c>--time-field</c>), or null.</summary>
    public string? TimeField { get; init; }

    /// <summary>Records and findings per UTC day of the record time.</summary>
    public SortedDictionary<DateOnly, (long Records, long Findings)> Timeline { get; } = new();

    /// <summary>Records whose time field was missing or unparseable (with a time field).</summary>
    public long RecordsWithoutTime { get; set; }

    /// <summary>Records read per source (for densities).</summary>
    public SortedDictionary<string, long> RecordsBySource { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Records with the most findings: source, record index, findings (most first, ties in input order: source
    /// ordinal, then record; at most <see cref="TopCount"/>).
    /// </summary>
    public List<(string Source, long Record, int Findings)> TopRecords { get; } = new();

    /// <summary>Writes the data as the JSON object <c>report_data</c> of report.json.</summary>
    public void WriteJson(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        if (TimeField is null)
        {
            w.WriteNull("time_field");
        }
        else
        {
            w.WriteString("time_field", TimeField);
        }
        WriteTimeline(w, Timeline);
        w.WriteNumber("records_without_time", RecordsWithoutTime);
        w.WriteStartObject("records_by_source");
        foreach (var (source, records) in RecordsBySource)
        {
            w.WriteNumber(source, records);
        }
        w.WriteEndObject();
        w.WriteStartArray("top_records");
        foreach (var (source, record, findings) in TopRecords)
        {
            w.WriteStartArray();
            w.WriteStringValue(source);
            w.WriteNumberValue(record);
            w.WriteNumberValue(findings);
            w.WriteEndArray();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Reads an object written by <see cref="WriteJson"/>.</summary>
    /// <exception cref="KeyNotFoundException">A property is missing.</exception>
    /// <exception cref="InvalidOperationException">A property has the wrong JSON kind.</exception>
    /// <exception cref="FormatException">A day is not <c>yyyy-MM-dd</c>.</exception>
    public static ReportExtras ReadJson(JsonElement data)
    {
        var timeField = data.GetProperty("time_field");
        var extras = new ReportExtras
        {
            TimeField = timeField.ValueKind == JsonValueKind.Null ? null : timeField.GetString(),
            RecordsWithoutTime = data.GetProperty("records_without_time").GetInt64(),
        };
        ReadTimeline(data, extras.Timeline);
        foreach (var p in data.GetProperty("records_by_source").EnumerateObject())
        {
            extras.RecordsBySource[p.Name] = p.Value.GetInt64();
        }
        foreach (var top in data.GetProperty("top_records").EnumerateArray())
        {
            extras.TopRecords.Add((top[0].GetString()!, top[1].GetInt64(), top[2].GetInt32()));
        }
        return extras;
    }

    /// <summary>Writes <c>"timeline": [[day, records, findings], ...]</c> (report.json and per-source parts).</summary>
    internal static void WriteTimeline(Utf8JsonWriter w, IEnumerable<KeyValuePair<DateOnly, (long Records, long Findings)>> timeline)
    {
        w.WriteStartArray("timeline");
        foreach (var (day, (records, findings)) in timeline)
        {
            w.WriteStartArray();
            w.WriteStringValue(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteNumberValue(records);
            w.WriteNumberValue(findings);
            w.WriteEndArray();
        }
        w.WriteEndArray();
    }

    /// <summary>Reads the <c>timeline</c> array of <paramref name="parent"/> written by <see cref="WriteTimeline"/>.</summary>
    internal static void ReadTimeline(JsonElement parent, IDictionary<DateOnly, (long Records, long Findings)> timeline)
    {
        foreach (var day in parent.GetProperty("timeline").EnumerateArray())
        {
            var date = DateOnly.ParseExact(day[0].GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            timeline[date] = (day[1].GetInt64(), day[2].GetInt64());
        }
    }

    /// <summary>
    /// Adds another run's data over disjoint sources (a shard of the same job): timeline and counts are summed, and the
    /// top records are those a single run over both would keep (same order and tie-break).
    /// </summary>
    public void Add(ReportExtras other)
    {
        RecordsWithoutTime += other.RecordsWithoutTime;
        foreach (var (day, (records, findings)) in other.Timeline)
        {
            var (r, f) = Timeline.GetValueOrDefault(day);
            Timeline[day] = (r + records, f + findings);
        }
        foreach (var (source, records) in other.RecordsBySource)
        {
            RecordsBySource[source] = RecordsBySource.GetValueOrDefault(source) + records;
        }
        // A run's top records are among the top records of its parts under the same total order.
        TopRecords.AddRange(other.TopRecords);
        TopRecords.Sort(static (a, b) =>
        {
            var c = b.Findings.CompareTo(a.Findings);
            if (c == 0)
            {
                c = string.CompareOrdinal(a.Source, b.Source);
            }
            return c != 0 ? c : a.Record.CompareTo(b.Record);
        });
        if (TopRecords.Count > TopCount)
        {
            TopRecords.RemoveRange(TopCount, TopRecords.Count - TopCount);
        }
    }
}
