using System.Text.Json;
using PiiScan.Inference;
using PiiScan.Inference.Gpu;
using Xunit;

namespace PiiScan.Tests.Ner;

/// <summary>
/// The shipped ONNX model, run by ONNX Runtime and by the C# reference encoder that the GPU engine is checked
/// against, reproduces PyTorch's logits for the batch <c>export_onnx.py</c> recorded at export time
/// (<c>models/pii-ner/torch-reference.json</c>: 16 real dev sentences of mixed length with padding).
/// </summary>
public class TorchReferenceTests
{
    // The file stores logits with 6 significant digits (|logit| < 100 → rounding error ≤ 5e-5).
    private const float Tolerance = 2e-4f;

    private static string ModelDirectory => TestPaths.ShippedModel;

    private sealed record Reference(long[] Ids, long[] Mask, int Batch, int SeqLen, int Labels, float[] Logits);

    private static Reference Load()
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(ModelDirectory, "torch-reference.json")));
        var root = doc.RootElement;
        var shape = root.GetProperty("shape").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        long[] Flat(string name) => root.GetProperty(name).EnumerateArray().SelectMany(r => r.EnumerateArray()).Select(e => e.GetInt64()).ToArray();
        var logits = root.GetProperty("logits").EnumerateArray().Select(e => e.GetSingle()).ToArray();
        Assert.Equal(shape[0] * shape[1] * shape[2], logits.Length);
        return new Reference(Flat("input_ids"), Flat("attention_mask"), shape[0], shape[1], shape[2], logits);
    }

    public static TheoryData<string> Backends => new() { "onnxruntime-cpu", "csharp-reference" };

    [Theory]
    [MemberData(nameof(Backends))]
    public void Logits_ExportBatch_MatchPyTorch(string backend)
    {
        var r = Load();
        var actual = new float[r.Logits.Length];
        using (IInferenceBackend engine = backend == "onnxruntime-cpu"
            ? new OrtCpuBackend(Path.Combine(ModelDirectory, "model.onnx"), 2)
            : new CpuReferenceEncoder(EncoderWeights.LoadDirectory(ModelDirectory)))
        {
            engine.Logits(r.Ids, r.Mask, r.Batch, r.SeqLen, actual);
        }
        var compared = 0;
        for (var t = 0; t < r.Batch * r.SeqLen; t++)
        {
            if (r.Mask[t] == 0)
            {
                continue;
            }
            for (var c = 0; c < r.Labels; c++)
            {
                var i = t * r.Labels + c;
                Assert.True(Math.Abs(r.Logits[i] - actual[i]) <= Tolerance,
                    $"{backend}: sequence {t / r.SeqLen} position {t % r.SeqLen} label {c}: PyTorch {r.Logits[i]}, got {actual[i]}");
                compared++;
            }
        }
        Assert.True(compared > 1000, $"only {compared} logits compared");
    }
}
