using PiiScan.Records;

namespace PiiScan.Pipeline;

/// <summary>
/// Receives every batch after its redacted records were written, in read order, on the writer task (so an
/// implementation needs no locking). Sinks build further outputs from the findings: the DSR subject index, the
/// report timeline, the resume manifest. A sink writes only under temporary names until <see cref="Complete"/>.
/// </summary>
public interface IScanSink
{
    /// <summary>A source starts (its first batch follows).</summary>
    void SourceStarted(SourceFile source);

    /// <summary>A batch was written; its detections, operators and quarantine reasons are final.</summary>
    void BatchWritten(RecordBatch batch);

    /// <summary>A source ended; <paramref name="completed"/> is false when cancellation cut it short.</summary>
    void SourceFinished(SourceFile source, bool completed);

    /// <summary>The run ended (completed or cancelled): commit outputs.</summary>
    void Complete(Reports.RunReport report);

    /// <summary>The run failed: discard temporary outputs.</summary>
    void Abort();
}
