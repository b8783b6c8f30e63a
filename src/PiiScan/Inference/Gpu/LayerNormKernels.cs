using ILGPU;
using ILGPU.Algorithms;

namespace PiiScan.Inference.Gpu;

/// <summary>Row-wise LayerNorm: one group per row, two-pass (mean, then centred variance) shared-memory reductions.</summary>
internal static class LayerNormKernels
{
    public const int GroupSize = 32;

    /// <summary>y[row] = (x[row] - mean) / sqrt(var + eps) * weight + bias, for rows of length n. Grid: one group per row.</summary>
    public static void LayerNorm(ArrayView<float> x, ArrayView<float> y, ArrayView<float> weight, ArrayView<float> bias, int n, float eps)
    {
        var scratch = SharedMemory.Allocate<float>(GroupSize);
        var t = Group.IdxX;
        var offset = Grid.IdxX * n;
        var sum = 0f;
        for (var d = t; d < n; d += GroupSize)
        {
            sum += x[offset + d];
        }
        var mean = GroupReduce.Sum(scratch, sum, GroupSize) / n;
        var sq = 0f;
        for (var d = t; d < n; d += GroupSize)
        {
            var c = x[offset + d] - mean;
            sq += c * c;
        }
        var variance = GroupReduce.Sum(scratch, sq, GroupSize) / n;
        var inv = XMath.Rsqrt(variance + eps);
        for (var d = t; d < n; d += GroupSize)
        {
            y[offset + d] = (x[offset + d] - mean) * inv * weight[d] + bias[d];
        }
    }
}
