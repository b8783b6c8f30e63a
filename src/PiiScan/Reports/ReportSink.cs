using System.Collections.Concurrent;
using PiiScan.Pipeline;
using PiiScan.Readers;
using PiiScan.Records;

namespace PiiScan.Reports;

/// <summary>
/// Scan sink that collects the report timeline (records and findings per day of the record time field), the records
/// with the most findings and per-source record counts, and writes <c>report.html</c> and <c>report.md</c> beside
/// <c>report.json</c> when the run completes. Only counts, paths and record numbers: never values.
/// </summary>
public sealed class ReportSink : IScanSink
{
    private const int TopCount = 20;

    private readonly string _outputDirectory;
    private readonly PriorityQueue<(string Source, long Record, int Findings), (int Findings, long NegSeq)> _top = new();
    private readonly ReportExtras _extras;
    private readonly ConcurrentDictionary<RecordBatch, DateTimeOffset?[]> _captured = new();
    private RecordValueReader _values = new();
    private long _seq;

    /// <summary>Creates the sink; <paramref name="timeField"/> is a JSON path or column, or null.</summary>
    public ReportSink(string outputDirectory, string? timeField)
    {
        _outputDirectory = outputDirectory;
        _extras = new ReportExtras { TimeField = timeField };
    }

    /// <summary>The collected data.</summary>
    public ReportExtras Extras => _extras;

    /// <inheritdoc />
    public void SourceStarted(SourceFile source) => _values = new RecordValueReader();

    /// <summary>
    /// Reads the record times of a Parquet batch before it is written (the writer releases Parquet column data).
    /// Run it as (part of) <see cref="ScanPipeline.BeforeDetect"/>; thread-safe. Other formats are read in
    /// <see cref="BatchWritten"/>.
    /// </summary>
    public void Capture(RecordBatch batch)
    {
        if (_extras.TimeField is null || batch.Source.Format != InputFormat.Parquet)
        {
            return;
        }
        var values = new RecordValueReader();
        var times = new DateTimeOffset?[batch.RecordCount];
        for (var i = 0; i < times.Length; i++)
        {
            times[i] = values.TryGet(batch, i, _extras.TimeField, out var raw) && RecordTime.TryParse(raw, out var t) ? t : null;
        }
        _captured[batch] = times;
    }

    /// <inheritdoc />
    public void BatchWritten(RecordBatch batch)
    {
        _values.Observe(batch);
        _captured.TryRemove(batch, out var captured);
        if (batch.Source.Format == InputFormat.Parquet && captured is null)
        {
            captured = new DateTimeOffset?[batch.RecordCount];
        }
        var source = batch.Source.RelativePath;
        var recs = batch.Records;
        _extras.RecordsBySource[source] = _extras.RecordsBySource.GetValueOrDefault(source) + recs.Length;
        for (var i = 0; i < recs.Length; i++)
        {
            ref readonly var rec = ref recs[i];
            var findings = 0;
            for (var f = rec.FieldStart; f < rec.FieldStart + rec.FieldCount; f++)
            {
                findings += batch.Fields[f].DetectionCount;
            }
            if (findings > 0)
            {
                var priority = (findings, -_seq++);
                if (_top.Count < TopCount)
                {
                    _top.Enqueue((source, rec.Index, findings), priority);
                }
                else if (_top.TryPeek(out _, out var min) && priority.CompareTo(min) > 0)
                {
                    _top.EnqueueDequeue((source, rec.Index, findings), priority);
                }
            }
            if (_extras.TimeField is null || rec.QuarantineReason is not null)
            {
                continue;
            }
            DateTimeOffset? time = captured is not null ? captured[i]
                : _values.TryGet(batch, i, _extras.TimeField, out var raw) && RecordTime.TryParse(raw, out var t) ? t : null;
            if (time is { } rt)
            {
                var day = DateOnly.FromDateTime(rt.UtcDateTime);
                var (r, fc) = _extras.Timeline.GetValueOrDefault(day);
                _extras.Timeline[day] = (r + 1, fc + findings);
            }
            else
            {
                _extras.RecordsWithoutTime++;
            }
        }
    }

    /// <inheritdoc />
    public void SourceFinished(SourceFile source, bool completed)
    {
    }

    /// <inheritdoc />
    public void Complete(RunReport report)
    {
        var top = new List<(string, long, int)>();
        while (_top.TryDequeue(out var item, out _))
        {
            top.Add(item);
        }
        top.Reverse();
        _extras.TopRecords.Clear();
        _extras.TopRecords.AddRange(top);
        Write(report, _extras, _outputDirectory);
    }

    /// <summary>Writes <c>report.html</c> and <c>report.md</c> atomically.</summary>
    public static void Write(RunReport report, ReportExtras extras, string outputDirectory)
    {
        WriteText(Path.Combine(outputDirectory, "report.html"), ReportHtmlWriter.Render(report, extras));
        WriteText(Path.Combine(outputDirectory, "report.md"), ReportMarkdownWriter.Render(report, extras));
    }

    private static void WriteText(string path, string text)
    {
        var file = Writers.AtomicFile.Create(path);
        try
        {
            var bytes = new System.Text.UTF8Encoding(false).GetBytes(text);
            file.Stream.Write(bytes);
            file.Commit();
        }
        finally
        {
            file.Abort();
        }
    }

    /// <inheritdoc />
    public void Abort()
    {
    }
}
