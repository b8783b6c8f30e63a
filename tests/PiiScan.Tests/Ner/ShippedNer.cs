using PiiScan.Detection;
using PiiScan.Evaluation;
using PiiScan.Inference;
using PiiScan.Ner;

namespace PiiScan.Tests.Ner;

/// <summary>The shipped model (models/pii-ner) behind the scan's detection, for the quality tests.</summary>
internal static class ShippedNer
{
    private static readonly Lazy<NerModel> Loaded = new(() => NerModel.Load(TestPaths.ShippedModel));

    /// <summary>The shipped model, loaded once.</summary>
    public static NerModel Model => Loaded.Value;

    /// <summary>A recognizer on ONNX Runtime CPU over the shipped model; the caller disposes it.</summary>
    public static NerRecognizer CreateRecognizer() =>
        new(Model, [new OrtCpuBackend(Model.OnnxPath, Environment.ProcessorCount, Model.Labels.Count)]);

    /// <summary>The scan's detection (default recognizers, shipped model) over the examples' texts.</summary>
    public static List<List<GoldSpan>> Predict(IReadOnlyList<LabeledExample> examples)
    {
        using var ner = CreateRecognizer();
        return new Evaluator(new DetectionEngine(RecognizerCatalog.CreateDefault()), ner).Predict(examples);
    }

    /// <summary>"TYPE:text;..." of the scan's findings of the given types in one text.</summary>
    public static string Found(string text, params string[] types) =>
        string.Join(";", Predict([new LabeledExample(text, [])])[0]
            .Where(p => types.Contains(p.Type))
            .Select(p => $"{p.Type}:{text[p.Start..p.End]}"));
}
