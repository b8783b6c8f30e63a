using ILGPU;
using ILGPU.Algorithms;

namespace PiiScan.Inference.Gpu;

/// <summary>Per-token argmax over the classifier logits with the winner's softmax probability.</summary>
internal static class ClassifierKernels
{
    /// <summary>
    /// One thread per token: labels[t] = argmax logits[t, :], scores[t] = softmax(logits[t, :])[label]
    /// = 1 / Σ exp(l - max). Ties go to the lowest class index.
    /// </summary>
    public static void Argmax(Index1D t, ArrayView<float> logits, ArrayView<int> labels, ArrayView<float> scores, int numLabels)
    {
        var offset = t * numLabels;
        var best = 0;
        var max = logits[offset];
        for (var c = 1; c < numLabels; c++)
        {
            var v = logits[offset + c];
            if (v > max)
            {
                max = v;
                best = c;
            }
        }
        var sum = 0f;
        for (var c = 0; c < numLabels; c++)
        {
            sum += XMath.Exp(logits[offset + c] - max);
        }
        labels[t] = best;
        scores[t] = 1f / sum;
    }
}
