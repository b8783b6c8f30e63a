using System.Collections.Concurrent;
using PiiScan.Pipeline;
using PiiScan.Readers;
using PiiScan.Records;
using PiiScan.Resume;

namespace PiiScan.Reports;

/// <summary>
/// Scan sink that collects the report timeline (records and findings per day of the record time field), the records
/// with the most findings and per-source record counts, and writes <c>report.html</c> and <c>report.md</c> beside
/// <c>report.json</c> when the run completes. Only counts, paths and record numbers: never values. Each source's
/// contribution is collected apart and folded into the totals when the source ends, so that a resumable run
/// (<see cref="IResumableSink"/>) can keep it as a part file and rebuild the same report from the parts of all files.
/// </summary>
public sealed class ReportSink : IResumableSink
{
    /// <summary>Suffix of the per-source part file of a resumable run (<c>parts/NAME.report.json</c>).</summary>
    public const string PartSuffix = ".report.json";

    private readonly string _outputDirectory;
    private readonly PriorityQueue<(string Source, long Record, int Findings), (int Findings, long NegSeq)> _top = new();
    private readonly PriorityQueue<(long Record, int Findings), (int Findings, long NegSeq)> _sourceTop = new();
    private readonly List<(long NegSeq, long Record, int Findings)> _drained = new();
    private readonly ReportExtras _extras;
    private readonly ConcurrentDictionary<RecordBatch, DateTimeOffset?[]> _captured = new();
    private readonly ReportPart _part = new();
    private RecordValueReader _values = new();
    private string? _current;
    private string? _finished;
    private long _seq;
    private long _sourceSeq;

    /// <summary>Creates the sink; <paramref name="timeField"/> is a JSON path or column, or null.</summary>
    public ReportSink(string outputDirectory, string? timeField)
    {
        _outputDirectory = outputDirectory;
        _extras = new ReportExtras { TimeField = timeField };
    }

    /// <summary>The collected data.</summary>
    public ReportExtras Extras => _extras;

    /// <inheritdoc />
    public IReadOnlyList<string> PartSuffixes { get; } = [PartSuffix];

    /// <inheritdoc />
    public void SourceStarted(SourceFile source)
    {
        _values = new RecordValueReader();
        _part.Clear();
        _sourceTop.Clear();
        _sourceSeq = 0;
        _current = source.RelativePath;
        _finished = null;
    }

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
        var recs = batch.Records;
        _part.Records += recs.Length;
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
                Offer(_sourceTop, (rec.Index, findings), (findings, -_sourceSeq++));
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
                var (r, fc) = _part.Timeline.GetValueOrDefault(day);
                _part.Timeline[day] = (r + 1, fc + findings);
            }
            else
            {
                _part.RecordsWithoutTime++;
            }
        }
    }

    /// <inheritdoc />
    public void SourceFinished(SourceFile source, bool completed) => FinishSource();

    /// <inheritdoc />
    public void SavePart(SourceFile source, string partStem)
    {
        if (!string.Equals(_finished, source.RelativePath, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"SavePart('{source.RelativePath}') follows no SourceFinished of that source.");
        }
        _part.Save(partStem + PartSuffix);
    }

    /// <inheritdoc />
    public void Complete(RunReport report)
    {
        FinishSource();
        WriteReports(report);
    }

    /// <inheritdoc />
    public void Rebuild(IReadOnlyList<(SourceFile Source, string PartStem)> parts, RunReport report)
    {
        _top.Clear();
        _seq = 0;
        _extras.Timeline.Clear();
        _extras.RecordsWithoutTime = 0;
        _extras.RecordsBySource.Clear();
        foreach (var (source, stem) in parts)
        {
            Fold(source.RelativePath, ReportPart.Load(stem + PartSuffix));
        }
        WriteReports(report);
    }

    // The current source ended: its top records in read order, then folded into the run's totals.
    private void FinishSource()
    {
        if (_current is null)
        {
            return;
        }
        _drained.Clear();
        while (_sourceTop.TryDequeue(out var item, out var priority))
        {
            _drained.Add((priority.NegSeq, item.Record, item.Findings));
        }
        _drained.Sort(static (a, b) => b.NegSeq.CompareTo(a.NegSeq));
        foreach (var (_, record, findings) in _drained)
        {
            _part.Top.Add((record, findings));
        }
        Fold(_current, _part);
        _finished = _current;
        _current = null;
    }

    // Adds one source's contribution. An uninterrupted run and a rebuild from parts both come through here, in input
    // order: the top records of the run are among the top records of their sources, and offering those in read order
    // keeps the tie-break (the earlier record wins), so both give the same report.
    private void Fold(string source, ReportPart part)
    {
        _extras.RecordsBySource[source] = _extras.RecordsBySource.GetValueOrDefault(source) + part.Records;
        _extras.RecordsWithoutTime += part.RecordsWithoutTime;
        foreach (var (day, (records, findings)) in part.Timeline)
        {
            var (r, f) = _extras.Timeline.GetValueOrDefault(day);
            _extras.Timeline[day] = (r + records, f + findings);
        }
        foreach (var (record, findings) in part.Top)
        {
            Offer(_top, (source, record, findings), (findings, -_seq++));
        }
    }

    private static void Offer<T>(PriorityQueue<T, (int Findings, long NegSeq)> queue, T item, (int Findings, long NegSeq) priority)
    {
        if (queue.Count < ReportExtras.TopCount)
        {
            queue.Enqueue(item, priority);
        }
        else if (queue.TryPeek(out _, out var min) && priority.CompareTo(min) > 0)
        {
            queue.EnqueueDequeue(item, priority);
        }
    }

    private void WriteReports(RunReport report)
    {
        var top = new List<(string, long, int)>();
        while (_top.TryDequeue(out var item, out _))
        {
            top.Add(item);
        }
        top.Reverse();
        _extras.TopRecords.Clear();
        _extras.TopRecords.AddRange(top);
        report.Extras = _extras;
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
