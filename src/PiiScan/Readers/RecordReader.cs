using PiiScan.Records;

namespace PiiScan.Readers;

/// <summary>
/// Reads records of one source into batches. Not thread-safe: one reader task owns it.
/// Malformed records are added to the batch and marked with <see cref="RecordBatch.QuarantineLast"/>;
/// a reader throws only when the stream itself fails (e.g. truncated compression).
/// </summary>
public abstract class RecordReader : IDisposable
{
    /// <summary>Creates a reader.</summary>
    protected RecordReader(SourceFile source, ReaderOptions options)
    {
        Source = source;
        Options = options;
    }

    /// <summary>The source being read.</summary>
    public SourceFile Source { get; }

    /// <summary>Reader options.</summary>
    public ReaderOptions Options { get; }

    /// <summary>
    /// Appends up to <see cref="ReaderOptions.BatchRecords"/> records (or about <see cref="ReaderOptions.BatchBytes"/>)
    /// to <paramref name="batch"/>. Returns false once the source is exhausted (the batch may still have received records).
    /// </summary>
    public abstract bool ReadBatch(RecordBatch batch, CancellationToken cancellationToken);

    /// <summary>Releases the underlying stream.</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases resources.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }
}
