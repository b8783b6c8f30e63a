using PiiScan.Records;

namespace PiiScan.Detection;

/// <summary>
/// Runs the recognizers over every field of a batch, applies the detection policy and resolves conflicts.
/// Thread-safe: each caller passes its own scratch list.
/// </summary>
public sealed class DetectionEngine
{
    /// <summary>Creates an engine.</summary>
    public DetectionEngine(IReadOnlyList<IRecognizer> recognizers, DetectionPolicy? policy = null)
    {
        Recognizers = recognizers;
        Policy = policy ?? DetectionPolicy.Default;
    }

    /// <summary>The recognizers, in the order they run.</summary>
    public IReadOnlyList<IRecognizer> Recognizers { get; }

    /// <summary>Thresholds and lists.</summary>
    public DetectionPolicy Policy { get; }

    /// <summary>
    /// Detects PII in every field of <paramref name="batch"/>; fills <see cref="RecordBatch.Detections"/> and each
    /// field's detection range. Detections already in the batch (e.g. from a model) are merged per field.
    /// </summary>
    public void Detect(RecordBatch batch, List<Detection> scratch)
    {
        var fields = batch.Fields;
        var existing = batch.Detections.Count > 0 ? batch.Detections.ToArray() : null;
        batch.Detections.Clear();
        for (var i = 0; i < fields.Length; i++)
        {
            ref var field = ref fields[i];
            scratch.Clear();
            if (existing is not null && field.DetectionCount > 0)
            {
                scratch.AddRange(existing.AsSpan(field.DetectionStart, field.DetectionCount));
            }
            DetectField(batch.FieldText(i), new FieldContext(field.Path, field.Key), scratch);
            field.DetectionStart = batch.Detections.Count;
            field.DetectionCount = scratch.Count;
            batch.Detections.AddRange(scratch);
        }
    }

    /// <summary>Detects PII in one value; <paramref name="results"/> receives resolved detections sorted by start.</summary>
    public void DetectField(ReadOnlySpan<char> text, in FieldContext context, List<Detection> results)
    {
        if (!text.IsEmpty)
        {
            foreach (var recognizer in Recognizers)
            {
                recognizer.Analyze(text, context, results);
            }
            AddDenied(text, results);
        }
        // Filter in place: below threshold, disabled or allow-listed detections are dropped.
        var kept = 0;
        for (var i = 0; i < results.Count; i++)
        {
            var d = results[i];
            if (Policy.Accepts(d.Type, d.Score, text[d.Start..d.End]))
            {
                results[kept++] = d;
            }
        }
        results.RemoveRange(kept, results.Count - kept);
        ConflictResolver.Resolve(results, text);
    }

    private void AddDenied(ReadOnlySpan<char> text, List<Detection> results)
    {
        foreach (var entry in Policy.DenyList)
        {
            var comparison = entry.IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            var offset = 0;
            while (offset < text.Length)
            {
                var at = text[offset..].IndexOf(entry.Value, comparison);
                if (at < 0)
                {
                    break;
                }
                var start = offset + at;
                results.Add(new Detection(start, start + entry.Value.Length, entry.Type, 1f, "DenyList", "deny_list"));
                offset = start + Math.Max(1, entry.Value.Length);
            }
        }
    }
}
