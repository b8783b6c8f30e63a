using ILGPU;

namespace PiiScan.Inference.Gpu;

/// <summary>Token + learned position embedding gather.</summary>
internal static class EmbeddingKernels
{
    /// <summary>
    /// One thread per output element of x [tokens, hidden]: x[t, d] = tok[ids[t], d] + pos[t % seqLen, d].
    /// Ids are validated on the host.
    /// </summary>
    public static void Embed(Index1D index, ArrayView<int> ids, ArrayView<float> tok, ArrayView<float> pos, ArrayView<float> x, int seqLen, int hidden)
    {
        int t = index / hidden, d = index % hidden;
        x[index] = tok[ids[t] * hidden + d] + pos[(t % seqLen) * hidden + d];
    }
}
