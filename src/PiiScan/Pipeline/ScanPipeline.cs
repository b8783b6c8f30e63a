using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Threading.Channels;
using PiiScan.Detection;
using PiiScan.Operators;
using PiiScan.Readers;
using PiiScan.Records;
using PiiScan.Reports;
using PiiScan.Writers;

namespace PiiScan.Pipeline;

/// <summary>
/// The streaming scan: read → detect (recognizers + conflict resolution) → operate → write, connected by bounded
/// channels that carry batches. Detection and operators run on <see cref="ScanOptions.Threads"/> workers; the
/// writer consumes batches in read order, so output order equals input order. A stage error faults the run;
/// cancelling the read token stops reading, finishes what is in flight and writes a partial report.
/// </summary>
public sealed class ScanPipeline
{
    private readonly ScanOptions _options;
    private readonly DetectionEngine _engine;
    private readonly OperatorApplier _operators;
    private readonly IScanObserver? _observer;
    private readonly ConcurrentQueue<RecordBatch> _pool = new();

    /// <summary>Creates a pipeline.</summary>
    public ScanPipeline(ScanOptions options, DetectionEngine engine, OperatorPolicy operators, IScanObserver? observer = null)
    {
        _options = options;
        _engine = engine;
        _operators = new OperatorApplier(operators);
        _observer = observer;
    }

    /// <summary>Live counters for progress displays.</summary>
    public ScanCounters Counters { get; } = new();

    /// <summary>Sinks that receive every written batch in order (subject index, timeline, resume manifest).</summary>
    public IReadOnlyList<IScanSink> Sinks { get; init; } = [];

    /// <summary>Optional hook run on each batch before pattern detection (e.g. NER), on the detection workers.</summary>
    public Action<RecordBatch>? BeforeDetect { get; init; }

    /// <summary>Optional per-stage timings (benchmarks); null costs nothing.</summary>
    public StageTimings? Timings { get; init; }

    /// <summary>
    /// Runs the scan over <paramref name="sources"/>. <paramref name="stopReading"/> requests a graceful stop
    /// (Ctrl+C); the returned report then has status <c>cancelled</c>.
    /// </summary>
    public async Task<RunReport> RunAsync(IReadOnlyList<SourceFile> sources, CancellationToken stopReading = default)
    {
        var report = new RunReport
        {
            Version = _options.Version,
            Options = _options.ReportedOptions,
            Model = _options.Model,
            Device = _options.Device,
            StartedAt = DateTimeOffset.UtcNow,
            FilesTotal = sources.Count,
            Thresholds = BuildThresholds(),
            Operators = BuildOperators(),
        };
        Counters.FilesTotal = sources.Count;
        foreach (var s in sources)
        {
            Counters.SourceBytesTotal += s.Length;
        }
        Directory.CreateDirectory(_options.OutputDirectory);

        var threads = Math.Max(1, _options.Threads);
        var ordered = Channel.CreateBounded<WorkItem>(new BoundedChannelOptions(threads * 4) { SingleReader = true, SingleWriter = true });
        var detect = Channel.CreateBounded<WorkItem>(new BoundedChannelOptions(threads * 2) { SingleWriter = true });
        var operate = Channel.CreateBounded<WorkItem>(new BoundedChannelOptions(threads * 2));
        using var abort = new CancellationTokenSource();
        using var readStop = CancellationTokenSource.CreateLinkedTokenSource(stopReading, abort.Token);

        var reader = Task.Run(() => ReadAll(sources, ordered.Writer, detect.Writer, readStop.Token, abort.Token));
        var detectors = new Task[threads];
        for (var i = 0; i < threads; i++)
        {
            detectors[i] = Task.Run(() => DetectLoop(detect.Reader, operate.Writer, abort.Token));
        }
        var detectDone = Task.WhenAll(detectors).ContinueWith(
            t => operate.Writer.TryComplete(t.Exception?.GetBaseException()), TaskScheduler.Default);
        var operators = new Task[threads];
        for (var i = 0; i < threads; i++)
        {
            operators[i] = Task.Run(() => OperateLoop(operate.Reader, abort.Token));
        }
        var writer = new WriteStage(_options, Sinks, Counters, Timings, ReturnBatch).RunAsync(ordered.Reader, report, abort);

        Exception? failure = null;
        try
        {
            await writer.ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            failure = ex;
            abort.Cancel();
        }
        try
        {
            await Task.WhenAll(reader, detectDone, Task.WhenAll(operators)).ConfigureAwait(false);
        }
        catch (Exception ex) when (failure is not null || ex is OperationCanceledException)
        {
            // The first failure is the one reported; the rest are consequences of aborting.
        }
        catch (Exception ex)
        {
            failure = ex;
        }

        report.FinishedAt = DateTimeOffset.UtcNow;
        report.RecordsRead = Counters.RecordsRead;
        report.RecordsWritten = Counters.RecordsWritten;
        report.RecordsQuarantined = Counters.RecordsQuarantined;
        report.RecordsWithFindings = Counters.RecordsWithFindings;
        report.BytesRead = Counters.BytesRead;
        report.FindingsTotal = Counters.Findings;
        if (failure is not null)
        {
            report.Status = "failed";
            report.Error = failure is PiiScanException ? failure.Message : failure.GetType().Name + ": " + failure.Message;
            WriteReport(report);
            throw failure is PiiScanException or IOException ? failure : new PiiScanException("The scan failed: " + failure.Message, failure);
        }
        if (stopReading.IsCancellationRequested)
        {
            report.Status = "cancelled";
        }
        foreach (var sink in Sinks)
        {
            sink.Complete(report);
        }
        WriteReport(report);
        while (_pool.TryDequeue(out var b))
        {
            b.Dispose();
        }
        return report;
    }

    private Dictionary<string, float> BuildThresholds()
    {
        var t = new Dictionary<string, float>(StringComparer.Ordinal) { ["default"] = _engine.Policy.DefaultThreshold };
        foreach (var (k, v) in _engine.Policy.Thresholds)
        {
            t[k] = v;
        }
        return t;
    }

    private Dictionary<string, string> BuildOperators()
    {
        var o = new Dictionary<string, string>(StringComparer.Ordinal) { ["default"] = _operators.Policy.Default.Name };
        foreach (var (k, v) in _operators.Policy.ByType)
        {
            o[k] = v.Name;
        }
        return o;
    }

    private void WriteReport(RunReport report)
    {
        var file = AtomicFile.Create(Path.Combine(_options.OutputDirectory, "report.json"));
        try
        {
            report.WriteJson(file.Stream);
            file.Commit();
        }
        finally
        {
            file.Abort();
        }
    }

    private RecordBatch RentBatch() => _pool.TryDequeue(out var b) ? b : new RecordBatch();

    private void ReturnBatch(RecordBatch batch)
    {
        batch.Reset();
        _pool.Enqueue(batch);
    }

    private async Task ReadAll(IReadOnlyList<SourceFile> sources, ChannelWriter<WorkItem> ordered, ChannelWriter<WorkItem> detect, CancellationToken stop, CancellationToken abort)
    {
        Exception? error = null;
        try
        {
            foreach (var source in sources)
            {
                if (stop.IsCancellationRequested)
                {
                    break;
                }
                await ReadSource(source, ordered, detect, stop, abort).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            error = ex;
        }
        ordered.TryComplete(error);
        detect.TryComplete(error);
    }

    private async Task ReadSource(SourceFile source, ChannelWriter<WorkItem> ordered, ChannelWriter<WorkItem> detect, CancellationToken stop, CancellationToken abort)
    {
        Stream? raw = null;
        Stream? decompressed = null;
        RecordReader? reader = null;
        var sequence = 0;
        long nextIndex = 0;
        try
        {
            try
            {
                raw = source.IsStdin ? Console.OpenStandardInput() : new FileStream(source.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
                decompressed = CompressionStreams.OpenRead(raw, source.Compression);
                reader = FormatRegistry.CreateReader(source, decompressed, _options.Reader);
            }
            catch (Exception ex) when (IsInputError(ex))
            {
                _observer?.Warning($"{source.RelativePath}: cannot open ({ex.GetType().Name}); the file is quarantined.");
                await EmitFailure(source, sequence, 0, "unreadable input: " + ex.GetType().Name, ordered, detect, abort).ConfigureAwait(false);
                return;
            }

            var more = true;
            while (more)
            {
                var batch = RentBatch();
                batch.Source = source;
                batch.Sequence = sequence++;
                var t0 = Timings is null ? 0 : Stopwatch.GetTimestamp();
                try
                {
                    more = reader.ReadBatch(batch, abort);
                    if (more && stop.IsCancellationRequested)
                    {
                        batch.CutShort = true;
                        more = false;
                    }
                }
                catch (Exception ex) when (IsInputError(ex))
                {
                    // The stream itself failed (truncated or corrupt compression, I/O error): keep the complete
                    // records read so far and quarantine the rest of the file as one entry.
                    var index = batch.RecordCount > 0 ? batch.Records[^1].Index + 1 : nextIndex;
                    batch.AddRecord(index, -1, 0, 0);
                    batch.QuarantineLast("unreadable input: " + DescribeStreamError(ex));
                    _observer?.Warning($"{source.RelativePath}: stream error after record {index} ({ex.GetType().Name}); the rest of the file is quarantined.");
                    more = false;
                }
                Timings?.AddRead(t0);
                if (batch.RecordCount > 0)
                {
                    nextIndex = batch.Records[^1].Index + 1;
                }
                batch.IsLastOfSource = !more;
                batch.SourceBytesConsumed = raw.CanSeek ? raw.Position : 0;
                var item = new WorkItem(batch);
                await ordered.WriteAsync(item, abort).ConfigureAwait(false);
                await detect.WriteAsync(item, abort).ConfigureAwait(false);
            }
        }
        finally
        {
            reader?.Dispose();
            decompressed?.Dispose();
            if (!source.IsStdin)
            {
                raw?.Dispose();
            }
        }
    }

    // Corrupt input can make a decoder (notably Parquet's) throw almost anything; only cancellation is not about the
    // input. Such a file is quarantined from the failing point on instead of failing the run.
    private static bool IsInputError(Exception ex) => ex is not OperationCanceledException;

    private static string DescribeStreamError(Exception ex) => ex switch
    {
        InvalidDataException => "corrupt or truncated compressed stream",
        EndOfStreamException => "unexpected end of stream",
        _ => ex.GetType().Name,
    };

    private async Task EmitFailure(SourceFile source, int sequence, long index, string reason, ChannelWriter<WorkItem> ordered, ChannelWriter<WorkItem> detect, CancellationToken abort)
    {
        var batch = RentBatch();
        batch.Source = source;
        batch.Sequence = sequence;
        batch.IsLastOfSource = true;
        batch.AddRecord(index, -1, 0, 0);
        batch.QuarantineLast(reason);
        var item = new WorkItem(batch);
        await ordered.WriteAsync(item, abort).ConfigureAwait(false);
        await detect.WriteAsync(item, abort).ConfigureAwait(false);
    }

    private async Task DetectLoop(ChannelReader<WorkItem> input, ChannelWriter<WorkItem> output, CancellationToken abort)
    {
        var scratch = new List<Detection.Detection>();
        await foreach (var item in input.ReadAllAsync(abort).ConfigureAwait(false))
        {
            try
            {
                BeforeDetect?.Invoke(item.Batch);
                var t0 = Timings is null ? 0 : Stopwatch.GetTimestamp();
                _engine.Detect(item.Batch, scratch);
                Timings?.AddPatterns(t0);
            }
            catch (Exception ex)
            {
                item.Done.TrySetException(ex);
                continue;
            }
            await output.WriteAsync(item, abort).ConfigureAwait(false);
        }
    }

    private async Task OperateLoop(ChannelReader<WorkItem> input, CancellationToken abort)
    {
        var scratch = new StringBuilder();
        await foreach (var item in input.ReadAllAsync(abort).ConfigureAwait(false))
        {
            try
            {
                var t0 = Timings is null ? 0 : Stopwatch.GetTimestamp();
                _operators.Apply(item.Batch, scratch);
                Timings?.AddOperators(t0);
                item.Done.TrySetResult();
            }
            catch (Exception ex)
            {
                item.Done.TrySetException(ex);
            }
        }
    }
}
