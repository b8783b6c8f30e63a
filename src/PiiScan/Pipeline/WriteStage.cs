using System.Diagnostics;
using System.Threading.Channels;
using PiiScan.Records;
using PiiScan.Reports;
using PiiScan.Writers;

namespace PiiScan.Pipeline;

/// <summary>
/// The scan's last stage, on one task: takes batches in read order once their detection and operators are done,
/// writes the output files, findings and quarantine, feeds the sinks and counters, and returns each batch to the
/// pool. Outputs are atomic files: committed only when every batch is written, removed on any failure.
/// </summary>
internal sealed class WriteStage
{
    private readonly ScanOptions _options;
    private readonly IReadOnlyList<IScanSink> _sinks;
    private readonly ScanCounters _counters;
    private readonly StageTimings? _timings;
    private readonly Action<RecordBatch> _returnBatch;

    // Scratch for findings rows and folded field paths; the stage runs on one task.
    private readonly List<FindingRow> _rows = new();
    private readonly FieldPathFolder _fieldFolder = new();

    public WriteStage(ScanOptions options, IReadOnlyList<IScanSink> sinks, ScanCounters counters, StageTimings? timings, Action<RecordBatch> returnBatch)
    {
        _options = options;
        _sinks = sinks;
        _counters = counters;
        _timings = timings;
        _returnBatch = returnBatch;
    }

    /// <summary>Writes every batch of <paramref name="input"/>; on failure cancels <paramref name="abort"/> and rethrows.</summary>
    public async Task RunAsync(ChannelReader<WorkItem> input, RunReport report, CancellationTokenSource abort)
    {
        var outDir = _options.OutputDirectory;
        var findingsFile = AtomicFile.Create(Path.Combine(outDir, "findings.parquet"));
        var findingsJsonlFile = _options.FindingsJsonl ? AtomicFile.Create(Path.Combine(outDir, "findings.jsonl")) : null;
        var quarantineFile = AtomicFile.Create(Path.Combine(outDir, "quarantine.jsonl"));
        var findings = new FindingsWriter(findingsFile.Stream, findingsJsonlFile?.Stream, _options.FindingsIncludeText);
        var quarantine = new QuarantineLog(quarantineFile.Stream);
        var output = new SourceOutput(_options);
        long bytesBeforeSource = 0;
        try
        {
            await foreach (var item in input.ReadAllAsync(abort.Token).ConfigureAwait(false))
            {
                await item.Done.Task.ConfigureAwait(false);
                var batch = item.Batch;
                var t0 = _timings is null ? 0 : Stopwatch.GetTimestamp();
                if (batch.Sequence == 0)
                {
                    output.Open(batch.Source);
                    foreach (var sink in _sinks)
                    {
                        sink.SourceStarted(batch.Source);
                    }
                }
                output.Write(batch);
                foreach (var sink in _sinks)
                {
                    sink.BatchWritten(batch);
                }
                var (withFindings, findingCount) = EmitFindings(batch, findings, report);
                await findings.FlushIfFullAsync().ConfigureAwait(false);
                var quarantined = EmitQuarantine(batch, quarantine);
                _timings?.AddWrite(t0);
                _counters.AddBatch(
                    bytesBeforeSource + batch.SourceBytesConsumed, batch.BytesRead, batch.RecordCount,
                    batch.RecordCount - quarantined, quarantined, withFindings, findingCount);
                if (batch.IsLastOfSource)
                {
                    output.Close(batch.CutShort);
                    foreach (var sink in _sinks)
                    {
                        sink.SourceFinished(batch.Source, !batch.CutShort);
                    }
                    if (batch.CutShort)
                    {
                        report.PartialFiles.Add(batch.Source.RelativePath);
                    }
                    else
                    {
                        report.FilesCompleted++;
                    }
                    bytesBeforeSource += batch.Source.Length;
                    _counters.FileDone();
                }
                _returnBatch(batch);
            }
            await findings.CompleteAsync().ConfigureAwait(false);
            await findings.DisposeAsync().ConfigureAwait(false);
            await quarantine.DisposeAsync().ConfigureAwait(false);
            findingsFile.Commit();
            findingsJsonlFile?.Commit();
            quarantineFile.Commit();
            foreach (var (k, v) in quarantine.ByReason)
            {
                report.QuarantineByReason[k] = v;
            }
        }
        catch
        {
            foreach (var sink in _sinks)
            {
                try
                {
                    sink.Abort();
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Cleanup continues: the temporary outputs below must go whatever a sink does.
                }
            }
            abort.Cancel();
            output.Abort();
            findingsFile.Abort();
            findingsJsonlFile?.Abort();
            quarantineFile.Abort();
            throw;
        }
    }

    private (long WithFindings, long Count) EmitFindings(RecordBatch batch, FindingsWriter findings, RunReport report)
    {
        long withFindings = 0;
        long count = 0;
        var records = batch.Records;
        var source = batch.Source.RelativePath;
        for (var r = 0; r < records.Length; r++)
        {
            ref readonly var rec = ref records[r];
            var any = false;
            for (var f = rec.FieldStart; f < rec.FieldStart + rec.FieldCount; f++)
            {
                if (batch.Fields[f].DetectionCount == 0)
                {
                    continue;
                }
                any = true;
                _rows.Clear();
                FindingRows.AddField(batch, f, _options.FindingsIncludeText, _rows);
                foreach (var row in _rows)
                {
                    findings.Add(row);
                    report.ByType[row.Type] = report.ByType.GetValueOrDefault(row.Type) + 1;
                    var folded = _fieldFolder.Fold(row.Field);
                    report.ByField[folded] = report.ByField.GetValueOrDefault(folded) + 1;
                }
                count += _rows.Count;
            }
            if (any)
            {
                withFindings++;
            }
        }
        if (count > 0)
        {
            report.BySource[source] = report.BySource.GetValueOrDefault(source) + count;
        }
        return (withFindings, count);
    }

    private static long EmitQuarantine(RecordBatch batch, QuarantineLog quarantine)
    {
        long n = 0;
        foreach (ref readonly var rec in batch.Records)
        {
            if (rec.QuarantineReason is not null)
            {
                quarantine.Add(new QuarantineEntry(batch.Source.RelativePath, rec.Index, rec.ByteOffset, rec.QuarantineReason));
                n++;
            }
        }
        return n;
    }
}
