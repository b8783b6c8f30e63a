using Microsoft.ML.OnnxRuntime;
using PiiScan.Inference;
using PiiScan.Inference.Gpu;
using Xunit;

namespace PiiScan.Tests.Gpu;

public sealed class TinyEncoderEndToEndTests
{
    private static readonly Lazy<EncoderWeights> s_weights = new(() => EncoderWeights.LoadDirectory(GpuTestData.TinyEncoderDir));

    public static TheoryData<int[], int> Batches => new()
    {
        { new[] { 1 }, 1 },
        { new[] { 12, 7, 3 }, 12 },
        { new[] { 5, 9, 1, 9 }, 10 },
        { new[] { 40, 17 }, 40 },
    };

    [Theory]
    [MemberData(nameof(Batches))]
    public void Logits_MixedLengthsWithPadding_IlgpuCpuEqualsReferenceEqualsOnnxRuntime(int[] lengths, int seqLen)
    {
        var (ids, mask) = GpuTestData.MixedBatch(lengths, seqLen, s_weights.Value.Config.VocabSize, seed: seqLen);
        var batch = lengths.Length;
        var labels = s_weights.Value.Config.NumLabels;

        var ort = RunOnnxRuntime(ids, mask, batch, seqLen);
        var reference = new float[batch * seqLen * labels];
        using (var cpu = new CpuReferenceEncoder(s_weights.Value))
        {
            cpu.Logits(ids, mask, batch, seqLen, reference);
        }
        var ilgpu = new float[reference.Length];
        using (var backend = new IlgpuBackend(s_weights.Value, IlgpuDeviceKind.Cpu))
        {
            backend.Logits(ids, mask, batch, seqLen, ilgpu);
        }

        GpuTestData.AssertClose(ort, reference, 0, 1e-3, "reference vs onnxruntime");
        GpuTestData.AssertClose(ort, ilgpu, 0, 1e-3, "ilgpu-cpu vs onnxruntime");
        var ortLabels = Argmax(ort, labels);
        var ilgpuLabels = Argmax(ilgpu, labels);
        for (var t = 0; t < ids.Length; t++)
        {
            if (mask[t] != 0)
            {
                Assert.True(ortLabels[t] == ilgpuLabels[t], $"token {t}: onnxruntime label {ortLabels[t]}, ilgpu {ilgpuLabels[t]}");
            }
        }
    }

    [Fact]
    public void Predict_MixedBatch_MatchesReferenceLabelsAndScores()
    {
        var (ids, mask) = GpuTestData.MixedBatch([9, 4, 6], 9, s_weights.Value.Config.VocabSize, seed: 7);
        var tokens = ids.Length;
        var expectedLabels = new int[tokens];
        var expectedScores = new float[tokens];
        using (var cpu = new CpuReferenceEncoder(s_weights.Value))
        {
            cpu.Predict(ids, mask, 3, 9, expectedLabels, expectedScores);
        }
        var labels = new int[tokens];
        var scores = new float[tokens];
        using var backend = new IlgpuBackend(s_weights.Value, IlgpuDeviceKind.Cpu);
        backend.Predict(ids, mask, 3, 9, labels, scores);

        Assert.Equal("ilgpu-cpu", backend.Name);
        Assert.Equal(9, backend.NumLabels);
        Assert.Equal(expectedLabels, labels);
        GpuTestData.AssertClose(expectedScores, scores, 0, 1e-4, "scores");
        Assert.All(scores, s => Assert.InRange(s, 1f / 9 - 1e-6f, 1f));
    }

    [Fact]
    public void Logits_BatchLargerThanCapacity_GrowsBuffersAndStaysCorrect()
    {
        using var backend = new IlgpuBackend(s_weights.Value, IlgpuDeviceKind.Cpu, initialTokens: 4);
        using var cpu = new CpuReferenceEncoder(s_weights.Value);
        var labels = s_weights.Value.Config.NumLabels;
        foreach (var (lengths, seqLen) in new[] { (new[] { 2 }, 2), (new[] { 8, 3, 5 }, 8), (new[] { 1 }, 1) })
        {
            var (ids, mask) = GpuTestData.MixedBatch(lengths, seqLen, s_weights.Value.Config.VocabSize, seed: 3);
            var expected = new float[ids.Length * labels];
            var actual = new float[expected.Length];
            cpu.Logits(ids, mask, lengths.Length, seqLen, expected);
            backend.Logits(ids, mask, lengths.Length, seqLen, actual);
            GpuTestData.AssertClose(expected, actual, 0, 1e-3, $"seq {seqLen}");
        }
        Assert.True(backend.Capacity >= 24);
    }

    [Fact]
    public void Logits_TokenIdOutsideVocabulary_Throws()
    {
        using var backend = new IlgpuBackend(s_weights.Value, IlgpuDeviceKind.Cpu, initialTokens: 8);
        var logits = new float[2 * 9];
        Assert.Throws<ArgumentOutOfRangeException>(() => backend.Logits([1, 50], [1, 1], 1, 2, logits));
        Assert.Throws<ArgumentOutOfRangeException>(() => backend.Logits(new long[65], new long[65], 1, 65, new float[65 * 9]));
    }

    [Fact]
    public void Constructor_ModelDirectory_LoadsConfigAndOnnx()
    {
        using var backend = new IlgpuBackend(GpuTestData.TinyEncoderDir, IlgpuDeviceKind.Cpu);
        Assert.Equal("ilgpu-cpu", backend.Name);
        Assert.False(string.IsNullOrWhiteSpace(backend.Device));
    }

    [GpuFact]
    public void Predict_Cuda_MatchesReference()
    {
        var (ids, mask) = GpuTestData.MixedBatch([12, 7, 3], 12, s_weights.Value.Config.VocabSize, seed: 12);
        var labels = s_weights.Value.Config.NumLabels;
        var expected = new float[ids.Length * labels];
        using (var cpu = new CpuReferenceEncoder(s_weights.Value))
        {
            cpu.Logits(ids, mask, 3, 12, expected);
        }
        using var backend = IlgpuBackend.TryCreateCuda(s_weights.Value);
        Assert.NotNull(backend);
        Assert.Equal("ilgpu-cuda", backend.Name);
        var actual = new float[expected.Length];
        backend.Logits(ids, mask, 3, 12, actual);
        GpuTestData.AssertClose(expected, actual, 0, 1e-3, "ilgpu-cuda vs reference");
        var predicted = new int[ids.Length];
        backend.Predict(ids, mask, 3, 12, predicted, new float[ids.Length]);
        Assert.Equal(Argmax(expected, labels), predicted);
    }

    [Fact]
    public void TryCreateCuda_NoCudaDevice_ReturnsNullWithoutThrowing()
    {
        if (IlgpuBackend.CudaAvailable())
        {
            return; // covered by Predict_Cuda_MatchesReference
        }
        Assert.Null(IlgpuBackend.TryCreateCuda(GpuTestData.TinyEncoderDir));
        Assert.Throws<InvalidOperationException>(() => new IlgpuBackend(s_weights.Value, IlgpuDeviceKind.Cuda));
    }

    private static float[] RunOnnxRuntime(long[] ids, long[] mask, int batch, int seqLen)
    {
        using var session = new InferenceSession(Path.Combine(GpuTestData.TinyEncoderDir, "model.onnx"));
        long[] shape = [batch, seqLen];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var runOptions = new RunOptions();
        var inputs = new Dictionary<string, OrtValue> { ["input_ids"] = idsValue, ["attention_mask"] = maskValue };
        using var outputs = session.Run(runOptions, inputs, ["logits"]);
        return outputs[0].GetTensorDataAsSpan<float>().ToArray();
    }

    private static int[] Argmax(float[] logits, int labels)
    {
        var result = new int[logits.Length / labels];
        for (var t = 0; t < result.Length; t++)
        {
            var best = 0;
            for (var c = 1; c < labels; c++)
            {
                if (logits[t * labels + c] > logits[t * labels + best])
                {
                    best = c;
                }
            }
            result[t] = best;
        }
        return result;
    }
}
