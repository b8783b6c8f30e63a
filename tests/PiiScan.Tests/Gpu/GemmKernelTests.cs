using ILGPU.Runtime;
using PiiScan.Inference;
using PiiScan.Inference.Gpu;
using Xunit;

namespace PiiScan.Tests.Gpu;

public sealed class GemmKernelTests(IlgpuCpuFixture gpu) : IClassFixture<IlgpuCpuFixture>
{
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(3, 7, 9)]
    [InlineData(17, 33, 65)]
    [InlineData(64, 64, 16)]
    [InlineData(65, 63, 17)]
    [InlineData(100, 256, 1024)]
    [InlineData(100, 1024, 256)]
    public void Gemm_AnySize_MatchesScalarReference(int m, int n, int k)
    {
        var (expected, actual) = Run(m, n, k, GemmKernels.EpilogueBias, seed: m * 31 + n * 7 + k);
        GpuTestData.AssertClose(expected, actual, 1e-4, 1e-4, $"gemm {m}x{n}x{k}");
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(17, 33, 65)]
    [InlineData(70, 130, 40)]
    public void Gemm_GeluEpilogue_MatchesBiasThenGelu(int m, int n, int k)
    {
        var (expected, actual) = Run(m, n, k, GemmKernels.EpilogueBiasGelu, seed: 5);
        GpuTestData.AssertClose(expected, actual, 1e-4, 1e-4, "gemm+gelu");
    }

    [Theory]
    [InlineData(3, 7, 9)]
    [InlineData(17, 33, 65)]
    public void Gemm_ResidualEpilogue_AddsIntoOutput(int m, int n, int k)
    {
        var (expected, actual) = Run(m, n, k, GemmKernels.EpilogueBiasResidual, seed: 11);
        GpuTestData.AssertClose(expected, actual, 1e-4, 1e-4, "gemm+residual");
    }

    private (float[] Expected, float[] Actual) Run(int m, int n, int k, int epilogue, int seed)
    {
        var a = GpuTestData.Random(m * k, seed);
        var b = GpuTestData.Random(k * n, seed + 1);
        var bias = GpuTestData.Random(n, seed + 2);
        var c0 = GpuTestData.Random(m * n, seed + 3);
        var expected = new float[m * n];
        CpuReferenceEncoder.Linear(a, b, bias, expected, m, k, n);
        for (var i = 0; i < expected.Length; i++)
        {
            expected[i] = epilogue switch
            {
                GemmKernels.EpilogueBiasGelu => CpuReferenceEncoder.Gelu(expected[i]),
                GemmKernels.EpilogueBiasResidual => expected[i] + c0[i],
                _ => expected[i],
            };
        }
        using var da = gpu.Upload(a);
        using var db = gpu.Upload(b);
        using var dbias = gpu.Upload(bias);
        using var dc = gpu.Upload(c0);
        gpu.Kernels.Gemm(gpu.Stream, da.View.BaseView, db.View.BaseView, dbias.View.BaseView, dc.View.BaseView, m, n, k, epilogue);
        gpu.Stream.Synchronize();
        return (expected, dc.GetAsArray1D());
    }
}
