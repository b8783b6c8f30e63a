using ILGPU;
using ILGPU.Runtime;

namespace PiiScan.Inference.Gpu;

/// <summary>All encoder kernels compiled once for one accelerator, with launch helpers that pick the grid.</summary>
internal sealed class IlgpuKernels
{
    private readonly Action<AcceleratorStream, KernelConfig, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, int, int, int, int> _gemm;
    private readonly Action<AcceleratorStream, KernelConfig, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, int, float> _layerNorm;
    private readonly Action<AcceleratorStream, KernelConfig, ArrayView<float>, ArrayView<int>, ArrayView<float>, int, int, int, float, float> _attention;
    private readonly Action<AcceleratorStream, Index1D, ArrayView<int>, ArrayView<float>, ArrayView<float>, ArrayView<float>, int, int> _embed;
    private readonly Action<AcceleratorStream, Index1D, ArrayView<float>, ArrayView<int>, ArrayView<float>, int> _argmax;
    private readonly Action<AcceleratorStream, Index1D, ArrayView<float>> _gelu;
    private readonly Action<AcceleratorStream, Index1D, ArrayView<float>, ArrayView<float>, int> _biasGelu;
    private readonly Action<AcceleratorStream, Index1D, ArrayView<float>, ArrayView<float>> _residualAdd;

    public IlgpuKernels(Accelerator accelerator)
    {
        Accelerator = accelerator;
        _gemm = accelerator.LoadKernel<ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, int, int, int, int>(GemmKernels.Gemm);
        _layerNorm = accelerator.LoadKernel<ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, int, float>(LayerNormKernels.LayerNorm);
        _attention = accelerator.LoadKernel<ArrayView<float>, ArrayView<int>, ArrayView<float>, int, int, int, float, float>(AttentionKernels.Attention);
        _embed = accelerator.LoadAutoGroupedKernel<Index1D, ArrayView<int>, ArrayView<float>, ArrayView<float>, ArrayView<float>, int, int>(EmbeddingKernels.Embed);
        _argmax = accelerator.LoadAutoGroupedKernel<Index1D, ArrayView<float>, ArrayView<int>, ArrayView<float>, int>(ClassifierKernels.Argmax);
        _gelu = accelerator.LoadAutoGroupedKernel<Index1D, ArrayView<float>>(ActivationKernels.Gelu);
        _biasGelu = accelerator.LoadAutoGroupedKernel<Index1D, ArrayView<float>, ArrayView<float>, int>(ActivationKernels.BiasGelu);
        _residualAdd = accelerator.LoadAutoGroupedKernel<Index1D, ArrayView<float>, ArrayView<float>>(ActivationKernels.ResidualAdd);
    }

    public Accelerator Accelerator { get; }

    /// <summary>c[m, n] = epilogue(a[m, k] · b[k, n] + bias[n]).</summary>
    public void Gemm(AcceleratorStream stream, ArrayView<float> a, ArrayView<float> b, ArrayView<float> bias, ArrayView<float> c, int m, int n, int k, int epilogue)
    {
        if (m <= 0 || n <= 0)
        {
            return;
        }
        var grid = new Index2D((n + GemmKernels.TileN - 1) / GemmKernels.TileN, (m + GemmKernels.TileM - 1) / GemmKernels.TileM);
        var group = new Index2D(GemmKernels.ThreadsX, GemmKernels.ThreadsY);
        _gemm(stream, new KernelConfig(grid, group), a, b, bias, c, m, n, k, epilogue);
    }

    /// <summary>y = LayerNorm(x) over <paramref name="rows"/> rows of <paramref name="n"/>.</summary>
    public void LayerNorm(AcceleratorStream stream, ArrayView<float> x, ArrayView<float> y, ArrayView<float> weight, ArrayView<float> bias, int rows, int n, float eps)
    {
        if (rows > 0)
        {
            _layerNorm(stream, new KernelConfig(rows, LayerNormKernels.GroupSize), x, y, weight, bias, n, eps);
        }
    }

    /// <summary>Multi-head attention over a fused qkv [batch·seq, 3·hidden] buffer.</summary>
    public void Attention(AcceleratorStream stream, ArrayView<float> qkv, ArrayView<int> mask, ArrayView<float> output, int batch, int seqLen, int hidden, int heads, float scale, float maskBias)
    {
        if (seqLen > AttentionKernels.MaxSeqLen)
        {
            throw new ArgumentOutOfRangeException(nameof(seqLen), $"sequence length {seqLen} > {AttentionKernels.MaxSeqLen}");
        }
        if (hidden / heads > AttentionKernels.MaxHeadDim)
        {
            throw new ArgumentOutOfRangeException(nameof(heads), $"head dim {hidden / heads} > {AttentionKernels.MaxHeadDim}");
        }
        var groups = batch * heads * seqLen;
        if (groups > 0)
        {
            _attention(stream, new KernelConfig(groups, AttentionKernels.GroupSize), qkv, mask, output, seqLen, hidden, heads, scale, maskBias);
        }
    }

    /// <summary>x [tokens, hidden] = tok[ids] + pos[t % seqLen].</summary>
    public void Embed(AcceleratorStream stream, ArrayView<int> ids, ArrayView<float> tok, ArrayView<float> pos, ArrayView<float> x, int tokens, int seqLen, int hidden) =>
        _embed(stream, tokens * hidden, ids, tok, pos, x, seqLen, hidden);

    /// <summary>labels/scores [tokens] from logits [tokens, numLabels].</summary>
    public void Argmax(AcceleratorStream stream, ArrayView<float> logits, ArrayView<int> labels, ArrayView<float> scores, int tokens, int numLabels) =>
        _argmax(stream, tokens, logits, labels, scores, numLabels);

    public void Gelu(AcceleratorStream stream, ArrayView<float> x, int length) => _gelu(stream, length, x);

    public void BiasGelu(AcceleratorStream stream, ArrayView<float> x, ArrayView<float> bias, int rows, int n) =>
        _biasGelu(stream, rows * n, x, bias, n);

    public void ResidualAdd(AcceleratorStream stream, ArrayView<float> x, ArrayView<float> delta, int length) =>
        _residualAdd(stream, length, x, delta);
}
