using PiiScan.Records;

namespace PiiScan.Writers;

/// <summary>
/// Writes redacted records of one source in the same format and structure as the input. Only field values whose
/// <see cref="FieldSlot.NewValue"/> is set change; everything else is copied as it was. Quarantined records are skipped.
/// Not thread-safe: the writer task owns it. The stream is owned by the caller.
/// </summary>
public abstract class RecordWriter : IDisposable
{
    /// <summary>Creates a writer over <paramref name="output"/>.</summary>
    protected RecordWriter(Stream output)
    {
        Output = output;
    }

    /// <summary>The (possibly compressing) output stream.</summary>
    protected Stream Output { get; }

    /// <summary>Writes the batch's good records, in order.</summary>
    public abstract void Write(RecordBatch batch);

    /// <summary>Writes any trailer (e.g. Parquet footer) and flushes. Called once after the last batch.</summary>
    public abstract void Complete();

    /// <summary>Releases resources (not the stream).</summary>
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
