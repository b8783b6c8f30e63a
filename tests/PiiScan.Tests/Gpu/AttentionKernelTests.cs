using ILGPU.Runtime;
using PiiScan.Inference;
using Xunit;

namespace PiiScan.Tests.Gpu;

public sealed class AttentionKernelTests(IlgpuCpuFixture gpu) : IClassFixture<IlgpuCpuFixture>
{
    [Theory]
    [InlineData(1, 1, 8, 2)]
    [InlineData(2, 7, 32, 2)]
    [InlineData(3, 17, 64, 4)]
    [InlineData(1, 130, 16, 1)]
    [InlineData(1, 33, 256, 4)]
    public void Attention_MixedPadding_MatchesScalarReference(int batch, int seqLen, int hidden, int heads)
    {
        var config = Config(hidden, heads);
        var tokens = batch * seqLen;
        var q = GpuTestData.Random(tokens * hidden, 1, scale: 3f);
        var k = GpuTestData.Random(tokens * hidden, 2, scale: 3f);
        var v = GpuTestData.Random(tokens * hidden, 3);
        var lengths = Enumerable.Range(0, batch).Select(b => Math.Max(1, seqLen - b * seqLen / 3)).ToArray();
        var mask = new long[tokens];
        for (var b = 0; b < batch; b++)
        {
            for (var s = 0; s < lengths[b]; s++)
            {
                mask[b * seqLen + s] = 1;
            }
        }
        var expected = new float[tokens * hidden];
        CpuReferenceEncoder.Attention(q, k, v, mask, expected, batch, seqLen, config);

        var qkv = Inference.Gpu.IlgpuEncoderWeights.FuseColumns(tokens, hidden, q, k, v);
        using var dqkv = gpu.Upload(qkv);
        using var dmask = gpu.Upload(mask.Select(m => (int)m).ToArray());
        using var dout = gpu.Zeros<float>(tokens * hidden);
        gpu.Kernels.Attention(gpu.Stream, dqkv.View.BaseView, dmask.View.BaseView, dout.View.BaseView, batch, seqLen, hidden, heads,
            config.AttentionScale, config.AttentionMaskBias);
        gpu.Stream.Synchronize();
        GpuTestData.AssertClose(expected, dout.GetAsArray1D(), 1e-4, 1e-4, "attention");
    }

    [Fact]
    public void Attention_LargeScores_SoftmaxStaysFinite()
    {
        const int Hidden = 16, Heads = 1, SeqLen = 5;
        var config = Config(Hidden, Heads);
        var q = Enumerable.Repeat(30f, SeqLen * Hidden).ToArray(); // q·k·scale = 900: exp would overflow without max-subtract
        var k = Enumerable.Repeat(30f, SeqLen * Hidden).ToArray();
        var v = GpuTestData.Random(SeqLen * Hidden, 4);
        var mask = new long[] { 1, 1, 1, 0, 0 };
        var expected = new float[SeqLen * Hidden];
        CpuReferenceEncoder.Attention(q, k, v, mask, expected, 1, SeqLen, config);
        var qkv = Inference.Gpu.IlgpuEncoderWeights.FuseColumns(SeqLen, Hidden, q, k, v);
        using var dqkv = gpu.Upload(qkv);
        using var dmask = gpu.Upload(mask.Select(m => (int)m).ToArray());
        using var dout = gpu.Zeros<float>(SeqLen * Hidden);
        gpu.Kernels.Attention(gpu.Stream, dqkv.View.BaseView, dmask.View.BaseView, dout.View.BaseView, 1, SeqLen, Hidden, Heads,
            config.AttentionScale, config.AttentionMaskBias);
        gpu.Stream.Synchronize();
        var actual = dout.GetAsArray1D();
        Assert.All(actual, x => Assert.True(float.IsFinite(x)));
        GpuTestData.AssertClose(expected, actual, 1e-4, 1e-4, "attention (large scores)");
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(10, 9)]
    [InlineData(1000, 9)]
    [InlineData(5, 300)]
    public void Argmax_Logits_ReturnsLabelAndSoftmaxProbability(int tokens, int labels)
    {
        var logits = GpuTestData.Random(tokens * labels, tokens + labels, scale: 5f);
        var expectedLabels = new int[tokens];
        var expectedScores = new float[tokens];
        for (var t = 0; t < tokens; t++)
        {
            var row = logits.AsSpan(t * labels, labels);
            var best = 0;
            for (var c = 1; c < labels; c++)
            {
                if (row[c] > row[best])
                {
                    best = c;
                }
            }
            var sum = 0.0;
            foreach (var l in row)
            {
                sum += Math.Exp(l - row[best]);
            }
            expectedLabels[t] = best;
            expectedScores[t] = (float)(Math.Exp(0) / sum);
        }
        using var dlogits = gpu.Upload(logits);
        using var dlabels = gpu.Zeros<int>(tokens);
        using var dscores = gpu.Zeros<float>(tokens);
        gpu.Kernels.Argmax(gpu.Stream, dlogits.View.BaseView, dlabels.View.BaseView, dscores.View.BaseView, tokens, labels);
        gpu.Stream.Synchronize();
        Assert.Equal(expectedLabels, dlabels.GetAsArray1D());
        GpuTestData.AssertClose(expectedScores, dscores.GetAsArray1D(), 1e-5, 1e-6, "scores");
    }

    private static EncoderConfig Config(int hidden, int heads) => new()
    {
        VocabSize = 1,
        Hidden = hidden,
        Layers = 1,
        Heads = heads,
        Ffn = 1,
        MaxPositions = 1024,
        LayerNormEps = 1e-5f,
        AttentionScale = 1f / MathF.Sqrt(hidden / heads),
        Labels = ["O"],
        Weights = new Dictionary<string, EncoderWeightSpec>(),
    };
}
