using PiiScan.Inference;

namespace PiiScan.Tests.Ner;

/// <summary>
/// A fake backend for decoding tests: each vocabulary id has a fixed row of label probabilities (logits are their
/// logs, -10 where a probability is 0 or missing); ids without a row are sure O.
/// </summary>
internal sealed class TableLogitsBackend(int numLabels, IReadOnlyDictionary<long, float[]> probabilities) : IInferenceBackend
{
    public string Name => "fake-logits";

    public string Device => "fake";

    public int NumLabels => numLabels;

    public void Predict(ReadOnlySpan<long> inputIds, ReadOnlySpan<long> attentionMask, int batch, int seqLen, Span<int> labels, Span<float> scores)
    {
        var logits = new float[batch * seqLen * NumLabels];
        Logits(inputIds, attentionMask, batch, seqLen, logits);
        OrtCpuBackend.ArgmaxSoftmax(logits, NumLabels, labels[..(batch * seqLen)], scores[..(batch * seqLen)]);
    }

    public void Logits(ReadOnlySpan<long> inputIds, ReadOnlySpan<long> attentionMask, int batch, int seqLen, Span<float> logits)
    {
        for (var i = 0; i < batch * seqLen; i++)
        {
            var row = logits.Slice(i * NumLabels, NumLabels);
            row.Fill(-10f);
            if (probabilities.TryGetValue(inputIds[i], out var p))
            {
                for (var j = 0; j < p.Length; j++)
                {
                    row[j] = p[j] > 0 ? MathF.Log(p[j]) : -10f;
                }
            }
            else
            {
                row[0] = 5f;
            }
        }
    }

    public void Dispose()
    {
    }
}
