namespace PiiScan.Inference;

/// <summary>
/// Plain scalar C# forward pass of the encoder: the reference twin of the ILGPU kernels (tests, debugging).
/// Slow by design: no vectorisation, double-precision accumulators.
/// </summary>
public sealed class CpuReferenceEncoder : IInferenceBackend
{
    private readonly EncoderWeights _w;

    /// <summary>Creates the reference encoder over resolved weights.</summary>
    public CpuReferenceEncoder(EncoderWeights weights) => _w = weights;

    /// <inheritdoc />
    public string Name => "cpu-reference";

    /// <inheritdoc />
    public string Device => "CPU (scalar reference)";

    /// <inheritdoc />
    public int NumLabels => _w.Config.NumLabels;

    /// <inheritdoc />
    public void Predict(ReadOnlySpan<long> inputIds, ReadOnlySpan<long> attentionMask, int batch, int seqLen, Span<int> labels, Span<float> scores)
    {
        var n = NumLabels;
        var logits = new float[batch * seqLen * n];
        Logits(inputIds, attentionMask, batch, seqLen, logits);
        for (var t = 0; t < batch * seqLen; t++)
        {
            var row = logits.AsSpan(t * n, n);
            var best = 0;
            for (var c = 1; c < n; c++)
            {
                if (row[c] > row[best])
                {
                    best = c;
                }
            }
            double sum = 0;
            for (var c = 0; c < n; c++)
            {
                sum += Math.Exp(row[c] - row[best]);
            }
            labels[t] = best;
            scores[t] = (float)(1.0 / sum);
        }
    }

    /// <inheritdoc />
    public void Logits(ReadOnlySpan<long> inputIds, ReadOnlySpan<long> attentionMask, int batch, int seqLen, Span<float> logits)
    {
        var c = _w.Config;
        int h = c.Hidden, tokens = batch * seqLen;
        if (seqLen > c.MaxPositions)
        {
            throw new ArgumentOutOfRangeException(nameof(seqLen), $"sequence length {seqLen} > max_positions {c.MaxPositions}");
        }
        var x = new float[tokens * h];
        for (var t = 0; t < tokens; t++)
        {
            var id = inputIds[t];
            if ((ulong)id >= (ulong)c.VocabSize)
            {
                throw new ArgumentOutOfRangeException(nameof(inputIds), $"token id {id} outside the vocabulary");
            }
            var pos = t % seqLen;
            for (var d = 0; d < h; d++)
            {
                x[t * h + d] = _w.TokenEmbedding[id * h + d] + _w.PositionEmbedding[pos * h + d];
            }
        }
        var y = new float[tokens * h];
        var q = new float[tokens * h];
        var k = new float[tokens * h];
        var v = new float[tokens * h];
        var a = new float[tokens * h];
        var f = new float[tokens * c.Ffn];
        var tmp = new float[tokens * h];
        foreach (var l in _w.Layers)
        {
            LayerNorm(x, l.Ln1Weight, l.Ln1Bias, y, h, c.LayerNormEps);
            Linear(y, l.QWeight, l.QBias, q, tokens, h, h);
            Linear(y, l.KWeight, l.KBias, k, tokens, h, h);
            Linear(y, l.VWeight, l.VBias, v, tokens, h, h);
            Attention(q, k, v, attentionMask, a, batch, seqLen, c);
            Linear(a, l.OWeight, l.OBias, tmp, tokens, h, h);
            Add(x, tmp);
            LayerNorm(x, l.Ln2Weight, l.Ln2Bias, y, h, c.LayerNormEps);
            Linear(y, l.FfnInWeight, l.FfnInBias, f, tokens, h, c.Ffn);
            for (var i = 0; i < f.Length; i++)
            {
                f[i] = Gelu(f[i]);
            }
            Linear(f, l.FfnOutWeight, l.FfnOutBias, tmp, tokens, c.Ffn, h);
            Add(x, tmp);
        }
        LayerNorm(x, _w.FinalLnWeight, _w.FinalLnBias, y, h, c.LayerNormEps);
        var output = new float[tokens * c.NumLabels];
        Linear(y, _w.ClassifierWeight, _w.ClassifierBias, output, tokens, h, c.NumLabels);
        output.CopyTo(logits);
    }

    /// <summary>GELU, tanh approximation: 0.5x(1+tanh(sqrt(2/pi)(x+0.044715x³))).</summary>
    public static float Gelu(float x)
    {
        var u = Math.Sqrt(2.0 / Math.PI) * (x + 0.044715 * x * x * x);
        return (float)(0.5 * x * (1.0 + Math.Tanh(u)));
    }

    /// <summary>Row-wise LayerNorm of <paramref name="x"/> [rows, n] into <paramref name="y"/>.</summary>
    public static void LayerNorm(ReadOnlySpan<float> x, ReadOnlySpan<float> weight, ReadOnlySpan<float> bias, Span<float> y, int n, float eps)
    {
        for (var r = 0; r < x.Length / n; r++)
        {
            var row = x.Slice(r * n, n);
            double mean = 0;
            foreach (var value in row)
            {
                mean += value;
            }
            mean /= n;
            double var = 0;
            foreach (var value in row)
            {
                var += (value - mean) * (value - mean);
            }
            var inv = 1.0 / Math.Sqrt(var / n + eps);
            for (var d = 0; d < n; d++)
            {
                y[r * n + d] = (float)((row[d] - mean) * inv * weight[d] + bias[d]);
            }
        }
    }

    /// <summary>y [m, n] = x [m, k] · w [k, n] + b.</summary>
    public static void Linear(ReadOnlySpan<float> x, ReadOnlySpan<float> w, ReadOnlySpan<float> b, Span<float> y, int m, int k, int n)
    {
        var acc = new double[n];
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < n; j++)
            {
                acc[j] = b.IsEmpty ? 0 : b[j];
            }
            for (var p = 0; p < k; p++)
            {
                double xv = x[i * k + p];
                var wrow = w.Slice(p * n, n);
                for (var j = 0; j < n; j++)
                {
                    acc[j] += xv * wrow[j];
                }
            }
            for (var j = 0; j < n; j++)
            {
                y[i * n + j] = (float)acc[j];
            }
        }
    }

    /// <summary>
    /// Multi-head attention over q, k, v [batch·seq, hidden] (head h = columns h·dh..), padded keys get
    /// <see cref="EncoderConfig.AttentionMaskBias"/>; result [batch·seq, hidden].
    /// </summary>
    public static void Attention(ReadOnlySpan<float> q, ReadOnlySpan<float> k, ReadOnlySpan<float> v, ReadOnlySpan<long> mask, Span<float> output, int batch, int seqLen, EncoderConfig c)
    {
        int h = c.Hidden, dh = c.HeadDim;
        var scores = new double[seqLen];
        for (var b = 0; b < batch; b++)
        {
            for (var head = 0; head < c.Heads; head++)
            {
                for (var i = 0; i < seqLen; i++)
                {
                    var qo = (b * seqLen + i) * h + head * dh;
                    var max = double.NegativeInfinity;
                    for (var j = 0; j < seqLen; j++)
                    {
                        var ko = (b * seqLen + j) * h + head * dh;
                        double s = 0;
                        for (var d = 0; d < dh; d++)
                        {
                            s += (double)q[qo + d] * k[ko + d];
                        }
                        s = s * c.AttentionScale + (mask[b * seqLen + j] != 0 ? 0.0 : c.AttentionMaskBias);
                        scores[j] = s;
                        max = Math.Max(max, s);
                    }
                    double sum = 0;
                    for (var j = 0; j < seqLen; j++)
                    {
                        scores[j] = Math.Exp(scores[j] - max);
                        sum += scores[j];
                    }
                    for (var d = 0; d < dh; d++)
                    {
                        double acc = 0;
                        for (var j = 0; j < seqLen; j++)
                        {
                            acc += scores[j] * v[(b * seqLen + j) * h + head * dh + d];
                        }
                        output[qo + d] = (float)(acc / sum);
                    }
                }
            }
        }
    }

    private static void Add(Span<float> x, ReadOnlySpan<float> delta)
    {
        for (var i = 0; i < x.Length; i++)
        {
            x[i] += delta[i];
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }
}
