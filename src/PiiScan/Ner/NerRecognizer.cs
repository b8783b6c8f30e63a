using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using PiiScan.Detection;
using PiiScan.Inference;
using PiiScan.Pipeline;
using PiiScan.Records;

namespace PiiScan.Ner;

/// <summary>
/// Runs the NER model over a whole batch: tokenizes every field, cuts long values into overlapping windows, buckets
/// windows by length into inference calls, keeps for each token the prediction of the window where it sits most
/// centrally, and decodes BIO labels into detections (UTF-16 offsets into the field value). Thread-safe: inference
/// backends come from a pool (one per concurrent caller; a single GPU backend serializes callers while the others
/// tokenize).
/// </summary>
public sealed class NerRecognizer : IDisposable
{
    /// <summary>Recognizer name in findings.</summary>
    public const string RecognizerName = "NerRecognizer";

    private readonly NerModel _model;
    private readonly WordPieceEncoder _encoder;
    private readonly NerOptions _options;
    private readonly System.Collections.Frozen.FrozenSet<string>? _keysOff; // policy keys switched off: no hints
    private readonly BlockingCollection<IInferenceBackend> _backends;
    private readonly List<IInferenceBackend> _allBackends;
    private readonly ConcurrentBag<NerScratch> _scratch = new();
    private readonly int _windowContent;
    private readonly int _priorLabels;
    private readonly NerWordDecoder _decoder;

    /// <summary>Creates the recognizer over a pool of backends (at least one).</summary>
    public NerRecognizer(NerModel model, IReadOnlyList<IInferenceBackend> backends, NerOptions? options = null)
    {
        if (backends.Count == 0)
        {
            throw new ArgumentException("At least one backend is needed.", nameof(backends));
        }
        _model = model;
        _encoder = new WordPieceEncoder(model.VocabPath);
        _options = options ?? new NerOptions();
        _keysOff = _options.KeysWithoutHints.Count > 0 ? FieldKeyHints.FoldKeys(_options.KeysWithoutHints) : null;
        _windowContent = Math.Max(8, Math.Min(_options.WindowTokens, model.MaxPositions) - 2);
        _allBackends = [.. backends];
        // Decoding with a prior needs every label's log-probability, not only the argmax.
        _priorLabels = model.Transitions is not null || model.Lexicon is not null ? model.Labels.Count : 0;
        if (_priorLabels > 0 && backends.Any(b => b.NumLabels != _priorLabels))
        {
            throw new PiiScanException($"Model '{model.Directory}': the network has {backends[0].NumLabels} labels but labels.json, {BioTransitions.FileName} or {LexiconPrior.FileName} has {_priorLabels}.");
        }
        _backends = new BlockingCollection<IInferenceBackend>(new ConcurrentQueue<IInferenceBackend>(backends));
        _decoder = new NerWordDecoder(model, _encoder.UnkId, _priorLabels);
    }

    /// <summary>The model.</summary>
    public NerModel Model => _model;

    /// <summary>The tokenizer.</summary>
    public WordPieceEncoder Encoder => _encoder;

    /// <summary>Name of the backend in use (the first of the pool).</summary>
    public string BackendName => _allBackends[0].Name;

    /// <summary>Device description of the backend.</summary>
    public string BackendDevice => _allBackends[0].Device;

    /// <summary>Tokens sent through the model so far (special tokens excluded).</summary>
    public long TokensProcessed => Interlocked.Read(ref _tokens);

    private long _tokens;

    /// <summary>Optional stage timings (benchmarks): tokenize and inference time per batch; null costs nothing.</summary>
    public StageTimings? Timings { get; set; }

    /// <summary>
    /// Adds NER detections to <paramref name="batch"/> (grouped by field, setting each field's detection range).
    /// Must run before the pattern stage, which merges these detections per field.
    /// </summary>
    public void Annotate(RecordBatch batch)
    {
        if (!_scratch.TryTake(out var s))
        {
            s = new NerScratch();
        }
        try
        {
            var timings = Timings;
            var t0 = timings is null ? 0 : Stopwatch.GetTimestamp();
            Tokenize(batch, s);
            timings?.AddTokenize(t0);
            var t1 = timings is null ? 0 : Stopwatch.GetTimestamp();
            if (s.Windows.Count > 0)
            {
                Infer(s);
            }
            AddDetections(batch, s);
            timings?.AddInference(t1);
        }
        finally
        {
            _scratch.Add(s);
        }
    }

    /// <summary>Detects entities in one value (evaluation and tests).</summary>
    public void AnalyzeText(string text, List<Detection.Detection> results)
    {
        using var batch = new RecordBatch();
        batch.AddRecord(0, 0, 0, 0);
        batch.AddField(text, "text", "");
        Annotate(batch);
        results.AddRange(batch.Detections);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var b in _allBackends)
        {
            b.Dispose();
        }
        _backends.Dispose();
    }

    private void Tokenize(RecordBatch batch, NerScratch s)
    {
        s.Tokens.Clear();
        s.Windows.Clear();
        s.FieldTokenStart.Clear();
        s.FieldTokenCount.Clear();
        var step = Math.Max(1, _windowContent - _options.OverlapTokens);
        for (var f = 0; f < batch.FieldCount; f++)
        {
            var text = batch.FieldText(f);
            var start = s.Tokens.Count;
            if (HasLetter(text))
            {
                _encoder.Encode(JsonText.BlankEscapes(text, RuleRuns.Blank(ShoutedText.AsModelReads(text, s), s), s), s.Tokens, s.Words);
            }
            var count = s.Tokens.Count - start;
            s.FieldTokenStart.Add(start);
            s.FieldTokenCount.Add(count);
            if (count == 0)
            {
                continue;
            }
            NerWindows.AddField(text, s, f, start, count, _windowContent, step, _keysOff);
        }
        s.EnsureTokens(s.Tokens.Count);
        if (_priorLabels > 0)
        {
            s.EnsureLogProbs(s.Tokens.Count, _priorLabels);
        }
        Array.Fill(s.BestCentrality, -1, 0, s.Tokens.Count);
    }

    private const int ProsePriority = 1 << 20;

    private void Infer(NerScratch s)
    {
        // Bucket by length so padding stays small; the order of windows does not affect the result.
        s.Windows.Sort(static (a, b) => a.TokenCount != b.TokenCount ? a.TokenCount.CompareTo(b.TokenCount) : a.TokenStart.CompareTo(b.TokenStart));
        s.BatchRanges.Clear();
        var i = 0;
        while (i < s.Windows.Count)
        {
            var j = i;
            var maxLen = 0;
            while (j < s.Windows.Count)
            {
                var len = s.Windows[j].TokenCount + 2;
                var newMax = Math.Max(maxLen, len);
                if (j > i && ((j - i + 1) * newMax > _options.MaxBatchTokens || j - i + 1 > _options.MaxBatchSequences))
                {
                    break;
                }
                maxLen = newMax;
                j++;
            }
            s.BatchRanges.Add((i, j - i, maxLen));
            i = j;
        }
        // A backend that no other worker is using takes the next batch at once (a large value or a small input then
        // uses every backend, not only this worker's share; under full load each worker runs one call at a time, as
        // before). The windows of a round are merged in batch order afterwards, so the result is the same as one call
        // after another.
        var slots = Math.Min(_allBackends.Count, s.BatchRanges.Count);
        s.Batch(slots - 1); // all buffer sets exist before any runs concurrently
        for (var r = 0; r < s.BatchRanges.Count;)
        {
            // Backends free now (this worker holds none); one taken meanwhile by another worker only delays a call.
            var n = Math.Max(1, Math.Min(Math.Min(slots, s.BatchRanges.Count - r), _backends.Count));
            if (n == 1)
            {
                RunBatch(s, s.Batch(0), s.BatchRanges[r]);
            }
            else
            {
                RunConcurrently(s, r, n);
            }
            for (var b = 0; b < n; b++)
            {
                MergeBatch(s, s.Batch(b), s.BatchRanges[r + b]);
            }
            r += n;
        }
    }

    // Runs batches r..r+n-1 at once: the first on this thread, the others on threads of their own (pool threads may
    // all be busy with pipeline workers). Returns after all finished; the first error is rethrown as it was raised.
    private void RunConcurrently(NerScratch s, int r, int n)
    {
        var others = new Task[n - 1];
        for (var b = 1; b < n; b++)
        {
            var slot = b;
            others[b - 1] = Task.Factory.StartNew(() => RunBatch(s, s.Batch(slot), s.BatchRanges[r + slot]), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
        Exception? error = null;
        try
        {
            RunBatch(s, s.Batch(0), s.BatchRanges[r]);
        }
        catch (Exception e)
        {
            error = e;
        }
        try
        {
            Task.WaitAll(others); // the buffers stay in use until every call is done
        }
        catch (AggregateException e)
        {
            error ??= e.InnerExceptions[0];
        }
        if (error is not null)
        {
            ExceptionDispatchInfo.Throw(error);
        }
    }

    // Fills the buffers with the windows of one batch and runs the model on the next free backend.
    private void RunBatch(NerScratch s, NerBatchBuffers buffers, (int First, int Count, int SeqLen) range)
    {
        var (first, count, seqLen) = range;
        var n = count * seqLen;
        var k = _priorLabels;
        buffers.Ensure(n, k);
        var ids = buffers.Ids.AsSpan(0, n);
        var mask = buffers.Mask.AsSpan(0, n);
        ids.Fill(_encoder.PadId);
        mask.Clear();
        long tokens = 0;
        for (var b = 0; b < count; b++)
        {
            var w = s.Windows[first + b];
            var row = b * seqLen;
            ids[row] = _encoder.ClsId;
            for (var t = 0; t < w.TokenCount; t++)
            {
                ids[row + 1 + t] = s.Tokens[w.TokenStart + t].Id;
            }
            ids[row + 1 + w.TokenCount] = _encoder.SepId;
            mask.Slice(row, w.TokenCount + 2).Fill(1);
            tokens += w.TokenCount;
        }
        var backend = _backends.Take();
        try
        {
            if (k == 0)
            {
                backend.Predict(ids, mask, count, seqLen, buffers.Labels.AsSpan(0, n), buffers.Scores.AsSpan(0, n));
            }
            else
            {
                backend.Logits(ids, mask, count, seqLen, buffers.Logits.AsSpan(0, n * k));
            }
        }
        finally
        {
            _backends.Add(backend);
        }
        Interlocked.Add(ref _tokens, tokens);
    }

    // Keeps, for each token of the batch's windows, the prediction of the window where the token is most central.
    private void MergeBatch(NerScratch s, NerBatchBuffers buffers, (int First, int Count, int SeqLen) range)
    {
        var (first, count, seqLen) = range;
        var k = _priorLabels;
        for (var b = 0; b < count; b++)
        {
            var w = s.Windows[first + b];
            var row = b * seqLen + 1;
            for (var t = 0; t < w.TokenCount; t++)
            {
                // A token takes the prediction of the window it is most central in; a JSON prose string's own windows
                // come first (JsonText).
                var centrality = Math.Min(t, w.TokenCount - 1 - t) + (w.Prose ? ProsePriority : 0);
                var g = w.TokenStart + t;
                if (centrality > s.BestCentrality[g])
                {
                    s.BestCentrality[g] = centrality;
                    if (k == 0)
                    {
                        s.BestLabel[g] = buffers.Labels[row + t];
                        s.BestScore[g] = buffers.Scores[row + t];
                    }
                    else
                    {
                        s.BestLabel[g] = LogSoftmax(buffers.Logits.AsSpan((row + t) * k, k), s.BestLogProbs.AsSpan(g * k, k));
                    }
                }
            }
        }
    }

    private void AddDetections(RecordBatch batch, NerScratch s)
    {
        s.AllDetections.Clear();
        var fields = batch.Fields;
        var existing = batch.Detections;
        for (var f = 0; f < fields.Length; f++)
        {
            s.FieldDetections.Clear();
            var count = s.FieldTokenCount[f];
            if (count > 0)
            {
                _decoder.Decode(batch.FieldText(f), fields[f].Key, fields[f].Path, _keysOff, s, s.FieldTokenStart[f], count, s.FieldDetections);
            }
            ref var field = ref fields[f];
            // Keep detections another stage may already have added for this field.
            if (field.DetectionCount > 0)
            {
                for (var d = 0; d < field.DetectionCount; d++)
                {
                    s.FieldDetections.Add(existing[field.DetectionStart + d]);
                }
            }
            field.DetectionStart = s.AllDetections.Count;
            field.DetectionCount = s.FieldDetections.Count;
            s.AllDetections.AddRange(s.FieldDetections);
        }
        existing.Clear();
        existing.AddRange(s.AllDetections);
    }

    /// <summary>Writes the log-softmax of <paramref name="logits"/> to <paramref name="logProbs"/>; returns the argmax.</summary>
    private static int LogSoftmax(ReadOnlySpan<float> logits, Span<float> logProbs)
    {
        var best = 0;
        for (var c = 1; c < logits.Length; c++)
        {
            if (logits[c] > logits[best])
            {
                best = c;
            }
        }
        var max = logits[best];
        var sum = 0f;
        for (var c = 0; c < logits.Length; c++)
        {
            sum += MathF.Exp(logits[c] - max);
        }
        var log = max + MathF.Log(sum);
        for (var c = 0; c < logits.Length; c++)
        {
            logProbs[c] = logits[c] - log;
        }
        return best;
    }

    private static bool HasLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }
        return false;
    }
}
