using ILGPU.Runtime;
using PiiScan.Inference;
using Xunit;

namespace PiiScan.Tests.Gpu;

public sealed class NormAndActivationKernelTests(IlgpuCpuFixture gpu) : IClassFixture<IlgpuCpuFixture>
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 32)]
    [InlineData(5, 256)]
    [InlineData(2, 1000)]
    public void LayerNorm_Rows_MatchScalarReference(int rows, int n)
    {
        var x = GpuTestData.Random(rows * n, rows + n, scale: 3f);
        for (var i = 0; i < x.Length; i++)
        {
            x[i] += 5f; // non-zero mean exercises the centring pass
        }
        var w = GpuTestData.Random(n, 2);
        var b = GpuTestData.Random(n, 3);
        var expected = new float[x.Length];
        CpuReferenceEncoder.LayerNorm(x, w, b, expected, n, 1e-5f);
        using var dx = gpu.Upload(x);
        using var dy = gpu.Zeros<float>(x.Length);
        using var dw = gpu.Upload(w);
        using var db = gpu.Upload(b);
        gpu.Kernels.LayerNorm(gpu.Stream, dx.View.BaseView, dy.View.BaseView, dw.View.BaseView, db.View.BaseView, rows, n, 1e-5f);
        gpu.Stream.Synchronize();
        GpuTestData.AssertClose(expected, dy.GetAsArray1D(), 1e-4, 1e-4, "layernorm");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(1000)]
    [InlineData(4097)]
    public void Gelu_Values_MatchTanhApproximation(int length)
    {
        var x = GpuTestData.Random(length, length, scale: 8f);
        var expected = x.Select(CpuReferenceEncoder.Gelu).ToArray();
        using var dx = gpu.Upload(x);
        gpu.Kernels.Gelu(gpu.Stream, dx.View.BaseView, length);
        gpu.Stream.Synchronize();
        GpuTestData.AssertClose(expected, dx.GetAsArray1D(), 1e-5, 1e-6, "gelu");
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(7, 33)]
    public void BiasGelu_Matrix_AddsBiasPerColumn(int rows, int n)
    {
        var x = GpuTestData.Random(rows * n, 1, scale: 4f);
        var bias = GpuTestData.Random(n, 2);
        var expected = x.Select((v, i) => CpuReferenceEncoder.Gelu(v + bias[i % n])).ToArray();
        using var dx = gpu.Upload(x);
        using var db = gpu.Upload(bias);
        gpu.Kernels.BiasGelu(gpu.Stream, dx.View.BaseView, db.View.BaseView, rows, n);
        gpu.Stream.Synchronize();
        GpuTestData.AssertClose(expected, dx.GetAsArray1D(), 1e-5, 1e-6, "bias+gelu");
    }

    [Fact]
    public void ResidualAdd_TwoBuffers_AddsElementwise()
    {
        var x = GpuTestData.Random(777, 1);
        var d = GpuTestData.Random(777, 2);
        var expected = x.Zip(d, (a, b) => a + b).ToArray();
        using var dx = gpu.Upload(x);
        using var dd = gpu.Upload(d);
        gpu.Kernels.ResidualAdd(gpu.Stream, dx.View.BaseView, dd.View.BaseView, x.Length);
        gpu.Stream.Synchronize();
        GpuTestData.AssertClose(expected, dx.GetAsArray1D(), 0, 0, "residual");
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(2, 5, 32)]
    [InlineData(3, 17, 24)]
    public void Embedding_Gather_AddsTokenAndPositionRows(int batch, int seqLen, int hidden)
    {
        const int Vocab = 13;
        var tok = GpuTestData.Random(Vocab * hidden, 1);
        var pos = GpuTestData.Random(seqLen * hidden, 2);
        var rng = new Random(3);
        var ids = Enumerable.Range(0, batch * seqLen).Select(_ => rng.Next(Vocab)).ToArray();
        var expected = new float[ids.Length * hidden];
        for (var t = 0; t < ids.Length; t++)
        {
            for (var d = 0; d < hidden; d++)
            {
                expected[t * hidden + d] = tok[ids[t] * hidden + d] + pos[(t % seqLen) * hidden + d];
            }
        }
        using var dids = gpu.Upload(ids);
        using var dtok = gpu.Upload(tok);
        using var dpos = gpu.Upload(pos);
        using var dx = gpu.Zeros<float>(expected.Length);
        gpu.Kernels.Embed(gpu.Stream, dids.View.BaseView, dtok.View.BaseView, dpos.View.BaseView, dx.View.BaseView, ids.Length, seqLen, hidden);
        gpu.Stream.Synchronize();
        GpuTestData.AssertClose(expected, dx.GetAsArray1D(), 0, 0, "embedding");
    }
}
