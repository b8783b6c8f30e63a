using ILGPU;

namespace PiiScan.Inference.Gpu;

/// <summary>
/// Shared-memory tiled SGEMM C[m, n] = A[m, k] · B[k, n] + bias[n] with a fused epilogue (plain, GELU, or residual
/// add into C). 64×64 output tile per group of 16×16 threads, 4×4 outputs per thread in registers (rows ty + 16r,
/// columns tx + 16c so stores and shared reads stay conflict-free), K consumed in slices of 16. Edges are
/// zero-padded, so any m, n, k works.
/// </summary>
internal static class GemmKernels
{
    public const int TileM = 64;
    public const int TileN = 64;
    public const int TileK = 16;
    public const int ThreadsX = 16;
    public const int ThreadsY = 16;
    public const int Threads = ThreadsX * ThreadsY;

    /// <summary>C = A·B + bias.</summary>
    public const int EpilogueBias = 0;

    /// <summary>C = gelu(A·B + bias).</summary>
    public const int EpilogueBiasGelu = 1;

    /// <summary>C += A·B + bias (residual connection, in place).</summary>
    public const int EpilogueBiasResidual = 2;

    private const int AStride = TileM + 1; // padded: transposed stores hit different banks

    /// <summary>Grid: (ceil(n/64), ceil(m/64)) groups of (16, 16) threads.</summary>
    public static void Gemm(ArrayView<float> a, ArrayView<float> b, ArrayView<float> bias, ArrayView<float> c, int m, int n, int k, int epilogue)
    {
        var aTile = SharedMemory.Allocate<float>(TileK * AStride); // [kk][row]
        var bTile = SharedMemory.Allocate<float>(TileK * TileN);   // [kk][col]
        var tx = Group.IdxX;
        var ty = Group.IdxY;
        var tid = ty * ThreadsX + tx;
        var row0 = Grid.IdxY * TileM;
        var col0 = Grid.IdxX * TileN;

        float c00 = 0, c01 = 0, c02 = 0, c03 = 0;
        float c10 = 0, c11 = 0, c12 = 0, c13 = 0;
        float c20 = 0, c21 = 0, c22 = 0, c23 = 0;
        float c30 = 0, c31 = 0, c32 = 0, c33 = 0;

        for (var k0 = 0; k0 < k; k0 += TileK)
        {
            for (var r = 0; r < TileM * TileK / Threads; r++)
            {
                var e = tid + r * Threads;
                var mm = e / TileK;
                var kk = e % TileK;
                int gr = row0 + mm, gk = k0 + kk;
                aTile[kk * AStride + mm] = gr < m && gk < k ? a[gr * k + gk] : 0f;
            }
            for (var r = 0; r < TileK * TileN / Threads; r++)
            {
                var e = tid + r * Threads;
                var kk = e / TileN;
                var nn = e % TileN;
                int gk = k0 + kk, gc = col0 + nn;
                bTile[kk * TileN + nn] = gk < k && gc < n ? b[gk * n + gc] : 0f;
            }
            Group.Barrier();

            for (var kk = 0; kk < TileK; kk++)
            {
                var ar = kk * AStride + ty;
                float a0 = aTile[ar], a1 = aTile[ar + 16], a2 = aTile[ar + 32], a3 = aTile[ar + 48];
                var br = kk * TileN + tx;
                float b0 = bTile[br], b1 = bTile[br + 16], b2 = bTile[br + 32], b3 = bTile[br + 48];
                c00 += a0 * b0; c01 += a0 * b1; c02 += a0 * b2; c03 += a0 * b3;
                c10 += a1 * b0; c11 += a1 * b1; c12 += a1 * b2; c13 += a1 * b3;
                c20 += a2 * b0; c21 += a2 * b1; c22 += a2 * b2; c23 += a2 * b3;
                c30 += a3 * b0; c31 += a3 * b1; c32 += a3 * b2; c33 += a3 * b3;
            }
            Group.Barrier();
        }

        int r0 = row0 + ty, cc = col0 + tx;
        Store(c, bias, m, n, r0, cc, c00, c01, c02, c03, epilogue);
        Store(c, bias, m, n, r0 + 16, cc, c10, c11, c12, c13, epilogue);
        Store(c, bias, m, n, r0 + 32, cc, c20, c21, c22, c23, epilogue);
        Store(c, bias, m, n, r0 + 48, cc, c30, c31, c32, c33, epilogue);
    }

    private static void Store(ArrayView<float> c, ArrayView<float> bias, int m, int n, int row, int col, float v0, float v1, float v2, float v3, int epilogue)
    {
        if (row >= m)
        {
            return;
        }
        Store1(c, bias, n, row, col, v0, epilogue);
        Store1(c, bias, n, row, col + 16, v1, epilogue);
        Store1(c, bias, n, row, col + 32, v2, epilogue);
        Store1(c, bias, n, row, col + 48, v3, epilogue);
    }

    private static void Store1(ArrayView<float> c, ArrayView<float> bias, int n, int row, int col, float v, int epilogue)
    {
        if (col >= n)
        {
            return;
        }
        var index = row * n + col;
        var value = v + bias[col];
        if (epilogue == EpilogueBiasGelu)
        {
            value = ActivationKernels.GeluTanh(value);
        }
        else if (epilogue == EpilogueBiasResidual)
        {
            value += c[index];
        }
        c[index] = value;
    }
}
