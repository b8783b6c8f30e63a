using ILGPU;
using ILGPU.Algorithms;

namespace PiiScan.Inference.Gpu;

/// <summary>Element-wise kernels: GELU (tanh approximation), bias + GELU, residual add.</summary>
internal static class ActivationKernels
{
    private const float GeluC = 0.7978845608028654f; // sqrt(2/pi)

    /// <summary>0.5x(1+tanh(sqrt(2/pi)(x+0.044715x³))).</summary>
    public static float GeluTanh(float x) => 0.5f * x * (1f + XMath.Tanh(GeluC * (x + 0.044715f * x * x * x)));

    /// <summary>x[i] = gelu(x[i]).</summary>
    public static void Gelu(Index1D i, ArrayView<float> x) => x[i] = GeluTanh(x[i]);

    /// <summary>x[i] = gelu(x[i] + bias[i % n]) over a row-major [rows, n] matrix.</summary>
    public static void BiasGelu(Index1D i, ArrayView<float> x, ArrayView<float> bias, int n) =>
        x[i] = GeluTanh(x[i] + bias[i % n]);

    /// <summary>x[i] += delta[i].</summary>
    public static void ResidualAdd(Index1D i, ArrayView<float> x, ArrayView<float> delta) => x[i] += delta[i];
}
