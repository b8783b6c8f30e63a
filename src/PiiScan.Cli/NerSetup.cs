using PiiScan.Config;
using PiiScan.Inference;
using PiiScan.Inference.Gpu;
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
    /// An explicit --model that cannot be loaded is an error; a missing default model is a warning. Keys that
    /// <paramref name="policy"/> switches off in <c>field_types</c> give their values no type hint.
    /// </summary>
    public static NerRecognizer? Create(ScanSettings settings, int workers, Action<string> warn, PolicyFile? policy = null)
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
        // A field key the policy switches off (field_types: none) gives its values no type hint either.
        var keysOff = policy is null ? [] : policy.FieldTypes.Where(kv => kv.Value is null).Select(kv => kv.Key).ToList();
        return new NerRecognizer(model, CreateBackends(model, settings.Device, workers), new NerOptions { KeysWithoutHints = keysOff });
    }

    /// <summary>
    /// The inference backends for <paramref name="device"/> (<c>auto</c>, <c>cpu</c>, <c>cuda</c>, <c>ilgpu-cpu</c>; null
    /// reads <c>PIISCAN_DEVICE</c>, else auto). CPU gets one ONNX Runtime backend per worker over one session; a GPU
    /// gets one backend that the workers share while they tokenize in parallel.
    /// </summary>
    public static List<IInferenceBackend> CreateBackends(NerModel model, string? device, int workers)
    {
        device ??= Environment.GetEnvironmentVariable("PIISCAN_DEVICE") ?? "auto";
        switch (device.Trim().ToLowerInvariant())
        {
            case "auto":
                return IlgpuBackend.TryCreateCuda(model.Directory) is { } gpu ? [gpu] : OrtBackends(model, workers);
            case "cpu":
                return OrtBackends(model, workers);
            case "cuda":
                if (!IlgpuBackend.CudaAvailable())
                {
                    throw new PiiScanException("--device cuda: no CUDA device was found (is the NVIDIA driver installed and the GPU visible?). Use --device cpu or auto.");
                }
                return [new IlgpuBackend(model.Directory, IlgpuDeviceKind.Cuda)];
            case "ilgpu-cpu":
                return [new IlgpuBackend(model.Directory, IlgpuDeviceKind.Cpu)];
            case "ort-cuda":
                return [new OrtCpuBackend(model.OnnxPath, intraOpThreads: 1, numLabels: model.Labels.Count, cudaDevice: 0)];
            default:
                throw new PiiScanException($"Unknown device '{device}': use auto, cpu, cuda, ilgpu-cpu or ort-cuda (option --device or PIISCAN_DEVICE).");
        }
    }

    private static List<IInferenceBackend> OrtBackends(NerModel model, int workers)
    {
        var first = new OrtCpuBackend(model.OnnxPath, intraOpThreads: 1, numLabels: model.Labels.Count);
        var backends = new List<IInferenceBackend> { first };
        for (var i = 1; i < workers; i++)
        {
            backends.Add(new OrtCpuBackend(first));
        }
        return backends;
    }
}
