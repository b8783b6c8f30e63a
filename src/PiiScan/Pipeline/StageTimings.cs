using System.Diagnostics;

namespace PiiScan.Pipeline;

/// <summary>
/// Optional per-stage time accumulators for benchmarks (<see cref="ScanPipeline.Timings"/>,
/// <see cref="Ner.NerRecognizer.Timings"/>): each stage adds the <see cref="Stopwatch"/> ticks it spent per batch.
/// Stages that run on several workers (tokenize, inference, patterns, operators) sum the wall time each worker spent
/// in them (on an oversubscribed machine that includes waiting for a core), so on a parallel run they can exceed the
/// wall-clock time; read and write run on one task each. Inference includes
/// waiting for a shared backend (a GPU serializes callers) and BIO decoding. Null (the default) costs nothing.
/// </summary>
public sealed class StageTimings
{
    private long _read;
    private long _tokenize;
    private long _inference;
    private long _patterns;
    private long _operators;
    private long _write;

    /// <summary>Reading and decompressing input into batches.</summary>
    public TimeSpan Read => Span(ref _read);

    /// <summary>NER tokenization and windowing (summed over workers).</summary>
    public TimeSpan Tokenize => Span(ref _tokenize);

    /// <summary>NER model calls and decoding (summed over workers).</summary>
    public TimeSpan Inference => Span(ref _inference);

    /// <summary>Pattern recognizers and conflict resolution (summed over workers).</summary>
    public TimeSpan Patterns => Span(ref _patterns);

    /// <summary>Operators (summed over workers).</summary>
    public TimeSpan Operators => Span(ref _operators);

    /// <summary>Writing redacted outputs, findings and sinks.</summary>
    public TimeSpan Write => Span(ref _write);

    /// <summary>Adds the time since <paramref name="start"/> (a <see cref="Stopwatch.GetTimestamp"/>) to the read stage.</summary>
    public void AddRead(long start) => Add(ref _read, start);

    /// <summary>Adds the time since <paramref name="start"/> to the tokenize stage.</summary>
    public void AddTokenize(long start) => Add(ref _tokenize, start);

    /// <summary>Adds the time since <paramref name="start"/> to the inference stage.</summary>
    public void AddInference(long start) => Add(ref _inference, start);

    /// <summary>Adds the time since <paramref name="start"/> to the patterns stage.</summary>
    public void AddPatterns(long start) => Add(ref _patterns, start);

    /// <summary>Adds the time since <paramref name="start"/> to the operators stage.</summary>
    public void AddOperators(long start) => Add(ref _operators, start);

    /// <summary>Adds the time since <paramref name="start"/> to the write stage.</summary>
    public void AddWrite(long start) => Add(ref _write, start);

    private static void Add(ref long total, long start) => Interlocked.Add(ref total, Stopwatch.GetTimestamp() - start);

    private static TimeSpan Span(ref long ticks) => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref ticks));
}
