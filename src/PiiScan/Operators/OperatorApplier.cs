using System.Text;
using PiiScan.Records;

namespace PiiScan.Operators;

/// <summary>
/// Applies the operator policy to every field with detections and stores the new value in
/// <see cref="FieldSlot.NewValue"/>. Detections are resolved (sorted, non-overlapping), so the value is rebuilt
/// in one left-to-right pass: the same result as applying edits end to start, without shifting offsets.
/// </summary>
public sealed class OperatorApplier
{
    /// <summary>Creates an applier.</summary>
    public OperatorApplier(OperatorPolicy policy) => Policy = policy;

    /// <summary>The policy.</summary>
    public OperatorPolicy Policy { get; }

    /// <summary>Applies operators to the batch; <paramref name="scratch"/> is a reusable builder owned by the caller.</summary>
    public void Apply(RecordBatch batch, StringBuilder scratch)
    {
        batch.DetectionOperators.Clear();
        var fields = batch.Fields;
        for (var i = 0; i < fields.Length; i++)
        {
            ref var field = ref fields[i];
            if (field.DetectionCount == 0)
            {
                continue;
            }
            var text = batch.FieldText(i);
            scratch.Clear();
            var pos = 0;
            foreach (var d in batch.FieldDetections(i))
            {
                scratch.Append(text[pos..d.Start]);
                var op = Policy.For(d.Type);
                op.Apply(text[d.Start..d.End], d.Type, scratch);
                batch.DetectionOperators.Add(op.Name);
                pos = d.End;
            }
            scratch.Append(text[pos..]);
            field.NewValue = scratch.ToString();
        }
    }
}
