using ILGPU;
using ILGPU.Algorithms;

namespace PiiScan.Inference.Gpu;

/// <summary>
/// Multi-head self-attention with a key padding mask. One group per (batch, head, query row): scores for all keys go
/// to shared memory, a numerically stable softmax (max subtracted) is computed with group reductions, then each
/// thread produces head-dim outputs.
/// </summary>
internal static class AttentionKernels
{
    public const int GroupSize = 32;

    /// <summary>Longest sequence the kernel accepts (shared score row).</summary>
    public const int MaxSeqLen = 1024;

    /// <summary>Widest head the kernel accepts (shared query row).</summary>
    public const int MaxHeadDim = 256;

    /// <summary>
    /// qkv [tokens, 3·hidden] holds Q | K | V (head h = columns h·dh.. of each block); mask [tokens] (1 = token);
    /// output [tokens, hidden]. Grid: batch·heads·seqLen groups of <see cref="GroupSize"/>.
    /// </summary>
    public static void Attention(ArrayView<float> qkv, ArrayView<int> mask, ArrayView<float> output, int seqLen, int hidden, int heads, float scale, float maskBias)
    {
        var scores = SharedMemory.Allocate<float>(MaxSeqLen);
        var query = SharedMemory.Allocate<float>(MaxHeadDim);
        var scratch = SharedMemory.Allocate<float>(GroupSize);
        var t = Group.IdxX;
        var g = Grid.IdxX;
        var i = g % seqLen;
        var bh = g / seqLen;
        var h = bh % heads;
        var b = bh / heads;
        var dh = hidden / heads;
        var stride = 3 * hidden;
        var rowBase = b * seqLen;
        var qOffset = (rowBase + i) * stride + h * dh;
        for (var d = t; d < dh; d += GroupSize)
        {
            query[d] = qkv[qOffset + d];
        }
        Group.Barrier();

        var max = -3.0e38f;
        for (var j = t; j < seqLen; j += GroupSize)
        {
            var kOffset = (rowBase + j) * stride + hidden + h * dh;
            var s = 0f;
            for (var d = 0; d < dh; d++)
            {
                s += query[d] * qkv[kOffset + d];
            }
            s = s * scale + (mask[rowBase + j] != 0 ? 0f : maskBias);
            scores[j] = s;
            max = XMath.Max(max, s);
        }
        max = GroupReduce.Max(scratch, max, GroupSize);

        var sum = 0f;
        for (var j = t; j < seqLen; j += GroupSize)
        {
            var p = XMath.Exp(scores[j] - max);
            scores[j] = p;
            sum += p;
        }
        sum = GroupReduce.Sum(scratch, sum, GroupSize); // its barriers also publish scores[]
        var inv = 1f / sum;

        var vBase = 2 * hidden + h * dh;
        var outOffset = (rowBase + i) * hidden + h * dh;
        for (var d = t; d < dh; d += GroupSize)
        {
            var acc = 0f;
            for (var j = 0; j < seqLen; j++)
            {
                acc += scores[j] * qkv[(rowBase + j) * stride + vBase + d];
            }
            output[outOffset + d] = acc * inv;
        }
    }
}
