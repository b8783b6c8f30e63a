using System.Text.Json;

namespace PiiScan.Reports;

/// <summary>
/// The run summary written to <c>report.json</c>. It holds counts, names, options and the UTC days of the record times
/// only: never a value from the data.
/// </summary>
public sealed class RunReport
{
    /// <summary>Tool version.</summary>
    public string Version { get; set; } = "";

    /// <summary><c>completed</c>, <c>cancelled</c> or <c>failed</c>.</summary>
    public string Status { get; set; } = "completed";

    /// <summary>Error summary for a failed run (no data values).</summary>
    public string? Error { get; set; }

    /// <summary>Options as given (paths and switches).</summary>
    public IReadOnlyDictionary<string, object?> Options { get; set; } = new Dictionary<string, object?>();

    /// <summary>NER model, or null when none ran.</summary>
    public string? Model { get; set; }

    /// <summary>Inference device.</summary>
    public string Device { get; set; } = "cpu";

    /// <summary>Score threshold per type (and <c>default</c>).</summary>
    public IReadOnlyDictionary<string, float> Thresholds { get; set; } = new Dictionary<string, float>();

    /// <summary>Operator per type (and <c>default</c>).</summary>
    public IReadOnlyDictionary<string, string> Operators { get; set; } = new Dictionary<string, string>();

    /// <summary>Start time (UTC).</summary>
    public DateTimeOffset StartedAt { get; set; }

    /// <summary>End time (UTC).</summary>
    public DateTimeOffset FinishedAt { get; set; }

    /// <summary>Records read (written + quarantined).</summary>
    public long RecordsRead { get; set; }

    /// <summary>Records written.</summary>
    public long RecordsWritten { get; set; }

    /// <summary>Records quarantined.</summary>
    public long RecordsQuarantined { get; set; }

    /// <summary>Records with at least one finding.</summary>
    public long RecordsWithFindings { get; set; }

    /// <summary>Findings per type.</summary>
    public SortedDictionary<string, long> ByType { get; } = new(StringComparer.Ordinal);

    /// <summary>Findings per source.</summary>
    public SortedDictionary<string, long> BySource { get; } = new(StringComparer.Ordinal);

    /// <summary>Findings per field path, array indexes folded to <c>[*]</c>.</summary>
    public SortedDictionary<string, long> ByField { get; } = new(StringComparer.Ordinal);

    /// <summary>Quarantined records per reason kind.</summary>
    public SortedDictionary<string, long> QuarantineByReason { get; } = new(StringComparer.Ordinal);

    /// <summary>Files completed, and files cut short by cancellation.</summary>
    public int FilesTotal { get; set; }

    /// <summary>Files fully written.</summary>
    public int FilesCompleted { get; set; }

    /// <summary>Relative paths of files cut short by cancellation (written as <c>.partial</c>).</summary>
    public List<string> PartialFiles { get; } = new();

    /// <summary>Decompressed bytes read.</summary>
    public long BytesRead { get; set; }

    /// <summary>Total findings.</summary>
    public long FindingsTotal { get; set; }

    /// <summary>
    /// Timeline, records per source and the records with the most findings (day dates, counts, paths and record
    /// numbers: the data of report.html), written as <c>report_data</c> so that <c>merge</c> can rebuild the pages; null
    /// when no report sink ran.
    /// </summary>
    public ReportExtras? Extras { get; set; }

    /// <summary>Wall-clock duration in seconds.</summary>
    public double DurationSeconds => Math.Max(0, (FinishedAt - StartedAt).TotalSeconds);

    /// <summary>Decompressed megabytes (10^6 bytes) per second.</summary>
    public double MegabytesPerSecond => DurationSeconds > 0 ? BytesRead / 1e6 / DurationSeconds : 0;

    /// <summary>Writes the report as indented JSON.</summary>
    public void WriteJson(Stream stream)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteString("tool", "piiscan");
        w.WriteString("version", Version);
        w.WriteString("status", Status);
        if (Error is not null)
        {
            w.WriteString("error", Error);
        }
        w.WriteString("started_at", StartedAt.UtcDateTime.ToString("O"));
        w.WriteString("finished_at", FinishedAt.UtcDateTime.ToString("O"));
        w.WriteNumber("duration_s", Math.Round(DurationSeconds, 3));
        w.WritePropertyName("options");
        JsonSerializer.Serialize(w, Options, ReportJsonContext.Default.IReadOnlyDictionaryStringObject);
        if (Model is null)
        {
            w.WriteNull("model");
        }
        else
        {
            w.WriteString("model", Model);
        }
        w.WriteString("device", Device);
        WriteMap(w, "thresholds", Thresholds);
        w.WriteStartObject("operators");
        foreach (var (k, v) in Operators.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.WriteString(k, v);
        }
        w.WriteEndObject();
        w.WriteStartObject("records");
        w.WriteNumber("read", RecordsRead);
        w.WriteNumber("written", RecordsWritten);
        w.WriteNumber("quarantined", RecordsQuarantined);
        w.WriteNumber("with_findings", RecordsWithFindings);
        w.WriteEndObject();
        w.WriteStartObject("findings");
        w.WriteNumber("total", FindingsTotal);
        WriteMap(w, "by_type", ByType);
        WriteMap(w, "by_source", BySource);
        WriteMap(w, "by_field", ByField);
        w.WriteEndObject();
        w.WriteStartObject("files");
        w.WriteNumber("total", FilesTotal);
        w.WriteNumber("completed", FilesCompleted);
        w.WriteStartArray("partial");
        foreach (var p in PartialFiles)
        {
            w.WriteStringValue(p);
        }
        w.WriteEndArray();
        w.WriteEndObject();
        WriteMap(w, "quarantine_by_reason", QuarantineByReason);
        w.WriteNumber("pii_per_1000_records", RecordsRead > 0 ? Math.Round(FindingsTotal * 1000.0 / RecordsRead, 3) : 0);
        w.WriteNumber("bytes_read", BytesRead);
        w.WriteNumber("mb_per_s", Math.Round(MegabytesPerSecond, 3));
        if (Extras is not null)
        {
            w.WritePropertyName("report_data");
            Extras.WriteJson(w);
        }
        w.WriteEndObject();
    }

    /// <summary>Folds array indexes in a field path: <c>messages[3].content</c> becomes <c>messages[*].content</c>.</summary>
    public static string FoldIndexes(string path)
    {
        if (path.IndexOf('[') < 0)
        {
            return path;
        }
        var sb = new System.Text.StringBuilder(path.Length);
        var i = 0;
        while (i < path.Length)
        {
            var c = path[i];
            if (c == '[')
            {
                var close = path.IndexOf(']', i);
                if (close > i && IsDigits(path.AsSpan(i + 1, close - i - 1)))
                {
                    sb.Append("[*]");
                    i = close + 1;
                    continue;
                }
            }
            sb.Append(c);
            i++;
        }
        return sb.ToString();
    }

    private static bool IsDigits(ReadOnlySpan<char> s) => !s.IsEmpty && !s.ContainsAnyExceptInRange('0', '9');

    private static void WriteMap<T>(Utf8JsonWriter w, string name, IEnumerable<KeyValuePair<string, T>> map)
    {
        w.WriteStartObject(name);
        foreach (var (k, v) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.WritePropertyName(k);
            switch (v)
            {
                case long l:
                    w.WriteNumberValue(l);
                    break;
                case float f:
                    w.WriteNumberValue(Math.Round(f, 4));
                    break;
                default:
                    w.WriteStringValue(v?.ToString());
                    break;
            }
        }
        w.WriteEndObject();
    }
}
