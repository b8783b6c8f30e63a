using PiiScan.Detection;
using PiiScan.Ner;
using PiiScan.Records;

namespace PiiScan.Evaluation;

/// <summary>
/// Runs the same detection as <c>scan</c> (NER, recognizers, policy, conflict resolution) over labeled examples and
/// scores it. Unmapped gold labels were already dropped; predicted types that never occur in the gold data are
/// ignored, so a NER-only corpus does not count e-mail findings as errors; so are predictions inside an example's
/// unscored ranges (counted in <see cref="EvaluationResult.UnscoredPredictions"/>).
/// </summary>
public sealed class Evaluator(DetectionEngine engine, NerRecognizer? ner)
{
    /// <summary>
    /// Evaluates <paramref name="examples"/>. With <paramref name="errors"/>, writes one JSON line per example that has
    /// an exact-span error: its index, text, the gold spans it missed and the predicted spans that match no gold span.
    /// </summary>
    public EvaluationResult Evaluate(IReadOnlyList<LabeledExample> examples, Stream? errors = null)
    {
        var goldTypes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in examples)
        {
            foreach (var s in e.Spans)
            {
                goldTypes.Add(s.Type);
            }
        }
        var result = new EvaluationResult { Examples = examples.Count };
        foreach (var t in goldTypes)
        {
            result.Exact[t] = new TypeMetrics();
            result.Overlap[t] = new TypeMetrics();
        }
        var predicted = Predict(examples);
        for (var i = 0; i < examples.Count; i++)
        {
            var gold = examples[i].Spans;
            var unscored = examples[i].Unscored;
            var pred = predicted[i].Where(p => goldTypes.Contains(p.Type)).ToList();
            if (unscored is { Count: > 0 })
            {
                result.UnscoredPredictions += pred.RemoveAll(p => IsInside(p, unscored));
            }
            var goldHit = Score(gold, pred, result.Exact, exact: true, out var predHit);
            Score(gold, pred, result.Overlap, exact: false, out _);
            if (errors is not null)
            {
                EvaluationErrors.Write(errors, i, examples[i], pred, goldHit, predHit);
            }
        }
        return result;
    }

    /// <summary>Predicted spans per example.</summary>
    public List<List<GoldSpan>> Predict(IReadOnlyList<LabeledExample> examples)
    {
        var output = new List<List<GoldSpan>>(examples.Count);
        const int chunk = 256;
        using var batch = new RecordBatch();
        var scratch = new List<Detection.Detection>();
        for (var start = 0; start < examples.Count; start += chunk)
        {
            batch.Reset();
            var end = Math.Min(examples.Count, start + chunk);
            for (var i = start; i < end; i++)
            {
                batch.AddRecord(i, -1, 0, 0);
                var key = examples[i].Key;
                batch.AddField(examples[i].Text, key.Length > 0 ? key : "text", key);
            }
            ner?.Annotate(batch);
            engine.Detect(batch, scratch);
            for (var f = 0; f < batch.FieldCount; f++)
            {
                var spans = new List<GoldSpan>();
                foreach (var d in batch.FieldDetections(f))
                {
                    spans.Add(new GoldSpan(d.Start, d.End, d.Type));
                }
                output.Add(spans);
            }
        }
        return output;
    }

    private static bool IsInside(GoldSpan p, IReadOnlyList<UnscoredRange> ranges)
    {
        foreach (var r in ranges)
        {
            if (p.Start >= r.Start && p.End <= r.End)
            {
                return true;
            }
        }
        return false;
    }

    private static bool[] Score(IReadOnlyList<GoldSpan> gold, List<GoldSpan> pred, SortedDictionary<string, TypeMetrics> metrics, bool exact, out bool[] predHit)
    {
        var matched = new bool[gold.Count];
        predHit = new bool[pred.Count];
        for (var pi = 0; pi < pred.Count; pi++)
        {
            var p = pred[pi];
            var hit = -1;
            for (var g = 0; g < gold.Count; g++)
            {
                if (matched[g] || gold[g].Type != p.Type)
                {
                    continue;
                }
                var ok = exact ? gold[g].Start == p.Start && gold[g].End == p.End : gold[g].Start < p.End && p.Start < gold[g].End;
                if (ok)
                {
                    hit = g;
                    break;
                }
            }
            if (hit >= 0)
            {
                matched[hit] = true;
                predHit[pi] = true;
                metrics[p.Type].Tp++;
            }
            else
            {
                metrics[p.Type].Fp++;
            }
        }
        for (var g = 0; g < gold.Count; g++)
        {
            if (!matched[g])
            {
                metrics[gold[g].Type].Fn++;
            }
        }
        return matched;
    }
}
