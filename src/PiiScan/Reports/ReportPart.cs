using System.Text.Json;
using PiiScan.Writers;

namespace PiiScan.Reports;

/// <summary>
/// One source's contribution to the report timeline and tables (<see cref="ReportExtras"/>): records read, records
/// and findings per UTC day, records without a time, and the source's records with the most findings in the order
/// they were read. <see cref="ReportSink"/> folds it into the run's totals when the source ends; a resumable run keeps
/// it as <c>parts/NAME.report.json</c> (counts and record numbers only, never values or the source path).
/// </summary>
internal sealed class ReportPart
{
    /// <summary>Records read from the source.</summary>
    public long Records { get; set; }

    /// <summary>Records whose time field was missing or unparseable.</summary>
    public long RecordsWithoutTime { get; set; }

    /// <summary>Records and findings per UTC day of the record time.</summary>
    public Dictionary<DateOnly, (long Records, long Findings)> Timeline { get; } = new();

    /// <summary>The source's records with the most findings (at most the report's top count), in read order.</summary>
    public List<(long Record, int Findings)> Top { get; } = new();

    /// <summary>Empties the part for the next source.</summary>
    public void Clear()
    {
        Records = 0;
        RecordsWithoutTime = 0;
        Timeline.Clear();
        Top.Clear();
    }

    /// <summary>Writes the part atomically (temporary file, then rename) to <paramref name="path"/>.</summary>
    public void Save(string path)
    {
        var file = AtomicFile.Create(path);
        try
        {
            using (var w = new Utf8JsonWriter(file.Stream))
            {
                w.WriteStartObject();
                w.WriteNumber("records", Records);
                w.WriteNumber("without_time", RecordsWithoutTime);
                ReportExtras.WriteTimeline(w, Timeline);
                w.WriteStartArray("top");
                foreach (var (record, findings) in Top)
                {
                    w.WriteStartArray();
                    w.WriteNumberValue(record);
                    w.WriteNumberValue(findings);
                    w.WriteEndArray();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            file.Commit();
        }
        finally
        {
            file.Abort();
        }
    }

    /// <summary>Reads a part written by <see cref="Save"/>.</summary>
    public static ReportPart Load(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = doc.RootElement;
        var part = new ReportPart
        {
            Records = root.GetProperty("records").GetInt64(),
            RecordsWithoutTime = root.GetProperty("without_time").GetInt64(),
        };
        ReportExtras.ReadTimeline(root, part.Timeline);
        foreach (var top in root.GetProperty("top").EnumerateArray())
        {
            part.Top.Add((top[0].GetInt64(), top[1].GetInt32()));
        }
        return part;
    }
}
