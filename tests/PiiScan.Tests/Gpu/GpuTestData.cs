using Xunit;

namespace PiiScan.Tests.Gpu;

internal static class GpuTestData
{
    public static string TinyEncoderDir => Path.Combine(TestPaths.RepoRoot, "tests", "PiiScan.Tests", "Gpu", "Data", "tiny-encoder");

    public static float[] Random(int length, int seed, float scale = 1f)
    {
        var rng = new Random(seed);
        var data = new float[length];
        for (var i = 0; i < data.Length; i++)
        {
            data[i] = (float)(rng.NextDouble() * 2 - 1) * scale;
        }
        return data;
    }

    public static void AssertClose(ReadOnlySpan<float> expected, ReadOnlySpan<float> actual, double relTol, double absTol, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        var worst = 0.0;
        var worstAt = -1;
        for (var i = 0; i < expected.Length; i++)
        {
            var err = Math.Abs(expected[i] - actual[i]);
            var allowed = absTol + relTol * Math.Abs(expected[i]);
            if (double.IsNaN(actual[i]) || err > allowed)
            {
                Assert.Fail($"{what}: element {i}: expected {expected[i]}, got {actual[i]} (|diff| {err:g3} > {allowed:g3})");
            }
            if (err > worst)
            {
                worst = err;
                worstAt = i;
            }
        }
        _ = worstAt;
    }

    /// <summary>Batch of mixed-length sequences padded to <paramref name="seqLen"/> (pad id 0, mask 0).</summary>
    public static (long[] Ids, long[] Mask) MixedBatch(int[] lengths, int seqLen, int vocab, int seed)
    {
        var rng = new Random(seed);
        var ids = new long[lengths.Length * seqLen];
        var mask = new long[ids.Length];
        for (var b = 0; b < lengths.Length; b++)
        {
            for (var s = 0; s < lengths[b]; s++)
            {
                ids[b * seqLen + s] = rng.Next(1, vocab);
                mask[b * seqLen + s] = 1;
            }
        }
        return (ids, mask);
    }
}
