using PiiScan.Inference;
using PiiScan.Ner;

namespace PiiScan.Cli;

/// <summary>Finds and loads the NER model and its inference backends for a scan.</summary>
internal static class NerSetup
{
    /// <summary>The shipped model: <c>models/pii-ner</c> beside the executable, else in the source tree.</summary>
    public static string? DefaultModelDirectory()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "models", "pii-ner");
        if (File.Exists(Path.Combine(beside, "model.onnx")))
        {
            return beside;
        }
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "models", "pii-ner");
            if (File.Exists(Path.Combine(candidate, "model.onnx")))
            {
                return candidate;
            }
        }
        return null;
    }

    /// <summary>
    /// Loads the model for a scan with <paramref name="workers"/> detection workers, or returns null when NER is off.
    /// An explicit --model that cannot be loaded is an error; a missing default model is a warning.
    /// </summary>
    public static NerRecognizer? Create(ScanSettings settings, int workers, Action<string> warn)
    {
        if (settings.NoNer)
        {
            return null;
        }
        var dir = settings.Model ?? DefaultModelDirectory();
        if (dir is null)
        {
            warn("the NER model was not found (models/pii-ner): PERSON, LOCATION, ORGANIZATION and STREET_ADDRESS are not detected. Pass --model DIR or --no-ner.");
            return null;
        }
        var model = NerModel.Load(dir);
        var first = new OrtCpuBackend(model.OnnxPath, intraOpThreads: 1, numLabels: model.Labels.Count);
        var backends = new List<IInferenceBackend> { first };
        for (var i = 1; i < workers; i++)
        {
            backends.Add(new OrtCpuBackend(first));
        }
        return new NerRecognizer(model, backends);
    }
}
