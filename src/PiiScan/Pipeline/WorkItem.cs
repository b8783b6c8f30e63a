using PiiScan.Records;

namespace PiiScan.Pipeline;

/// <summary>A batch in flight; <see cref="Done"/> completes when detection and operators have run on it.</summary>
internal sealed class WorkItem(RecordBatch batch)
{
    public RecordBatch Batch { get; } = batch;

    public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
