using PiiScan.Inference;
using PiiScan.Inference.Gpu;
using PiiScan.Ner;
using Xunit;

namespace PiiScan.Tests.Gpu;

/// <summary>
/// The contract every inference backend meets, on the shipped model and real text: logits within 1e-3 of the
/// scalar reference on a batch of mixed lengths with padding, identical labels, and identical NER findings on
/// sample text. One subclass per backend (ONNX Runtime CPU, ILGPU on its CPU accelerator; CUDA when present).
/// </summary>
public abstract class BackendContractTests
{
    private static readonly Lazy<NerModel> Model = new(() => NerModel.Load(ModelDirectory));
    private static readonly Lazy<EncoderWeights> Weights = new(() => EncoderWeights.LoadDirectory(ModelDirectory));

    /// <summary>Short real texts of different lengths (ILGPU's CPU accelerator is slow, so the batch stays small).</summary>
    private static readonly string[] Texts =
    [
        "Ship it to 221B Baker Street, London for Acme Corp.",
        "Hi, I'm Maria Fernández from Lisbon.",
        "pod api-7d9f8b6c5 failed",
        "ok",
    ];

    internal static string ModelDirectory => TestPaths.ShippedModel;

    protected abstract IInferenceBackend CreateBackend();

    [Fact]
    public void Logits_RealTextMixedLengths_MatchReferenceAndLabelsIdentical()
    {
        var (ids, mask, seqLen) = Tokenize();
        var batch = Texts.Length;
        var labels = Model.Value.Labels.Count;
        var reference = new float[batch * seqLen * labels];
        using (var cpu = new CpuReferenceEncoder(Weights.Value))
        {
            cpu.Logits(ids, mask, batch, seqLen, reference);
        }
        var actual = new float[reference.Length];
        using (var backend = CreateBackend())
        {
            backend.Logits(ids, mask, batch, seqLen, actual);
        }
        for (var t = 0; t < batch * seqLen; t++)
        {
            if (mask[t] == 0)
            {
                continue;
            }
            var best = 0;
            var expectedBest = 0;
            for (var c = 0; c < labels; c++)
            {
                var i = t * labels + c;
                Assert.True(Math.Abs(reference[i] - actual[i]) <= 1e-3, $"token {t} class {c}: reference {reference[i]}, backend {actual[i]}");
                best = actual[i] > actual[t * labels + best] ? c : best;
                expectedBest = reference[i] > reference[t * labels + expectedBest] ? c : expectedBest;
            }
            Assert.Equal(expectedBest, best);
        }
    }

    [Fact]
    public void Annotate_SampleText_SameFindingsAsOnnxRuntime()
    {
        using var expected = new NerRecognizer(Model.Value, [new OrtCpuBackend(Model.Value.OnnxPath, 1, Model.Value.Labels.Count)]);
        using var actual = new NerRecognizer(Model.Value, [CreateBackend()]);
        // All texts in one batch: one inference call per backend.
        Assert.Equal(Findings(expected), Findings(actual));
    }

    private static List<(int Field, int Start, int End, string Type)> Findings(NerRecognizer ner)
    {
        using var batch = new PiiScan.Records.RecordBatch();
        foreach (var text in Texts)
        {
            batch.AddRecord(0, 0, 0, 0);
            batch.AddField(text, "text", "");
        }
        ner.Annotate(batch);
        var result = new List<(int, int, int, string)>();
        for (var f = 0; f < batch.FieldCount; f++)
        {
            foreach (var d in batch.FieldDetections(f))
            {
                result.Add((f, d.Start, d.End, d.Type));
            }
        }
        return result;
    }

    private static (long[] Ids, long[] Mask, int SeqLen) Tokenize()
    {
        var encoder = new WordPieceEncoder(Model.Value.VocabPath);
        var rows = new List<List<NerToken>>();
        var words = new List<(int, int)>();
        foreach (var text in Texts)
        {
            var tokens = new List<NerToken>();
            encoder.Encode(text, tokens, words);
            rows.Add(tokens);
        }
        var seqLen = rows.Max(r => r.Count) + 2;
        var ids = new long[Texts.Length * seqLen];
        var mask = new long[ids.Length];
        for (var b = 0; b < rows.Count; b++)
        {
            ids[b * seqLen] = encoder.ClsId;
            for (var t = 0; t < rows[b].Count; t++)
            {
                ids[b * seqLen + 1 + t] = rows[b][t].Id;
            }
            ids[b * seqLen + 1 + rows[b].Count] = encoder.SepId;
            mask.AsSpan(b * seqLen, rows[b].Count + 2).Fill(1);
        }
        return (ids, mask, seqLen);
    }
}

public sealed class OrtCpuContractTests : BackendContractTests
{
    protected override IInferenceBackend CreateBackend() => new OrtCpuBackend(Path.Combine(ModelDirectory, "model.onnx"), 2);
}

public sealed class IlgpuCpuContractTests : BackendContractTests
{
    protected override IInferenceBackend CreateBackend() => new IlgpuBackend(ModelDirectory, IlgpuDeviceKind.Cpu);
}
