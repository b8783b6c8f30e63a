using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using PiiScan.Inference;
using PiiScan.Inference.Gpu;
using PiiScan.Ner;

namespace PiiScan.Bench;

/// <summary>
/// The shipped NER model (models/pii-ner): tokenization and inference of one batch of 32 windows × 128 tokens of
/// inference-log text, on ONNX Runtime CPU (1 and all threads), ILGPU's CPU accelerator and ILGPU CUDA when a GPU
/// is present. The tokens/s column counts real (unpadded) tokens.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class NerBenchmarks
{
    private const int Batch = 32;
    private const int SeqLen = 128;
    private static readonly string ModelDir = FindModel();

    private readonly long[] _ids = new long[Batch * SeqLen];
    private readonly long[] _mask = new long[Batch * SeqLen];
    private readonly int[] _labels = new int[Batch * SeqLen];
    private readonly float[] _scores = new float[Batch * SeqLen];
    private string[] _texts = [];
    private WordPieceEncoder _encoder = null!;
    private IInferenceBackend? _backend;

    /// <summary>Backend under test.</summary>
    [ParamsSource(nameof(Backends))]
    public string Backend { get; set; } = "ort-cpu-1";

    /// <summary>
    /// The backends to run: all four, or the comma-separated list in <c>PIISCAN_BENCH_BACKENDS</c> (ILGPU's CPU
    /// accelerator needs minutes per batch and every core; leave it out for CPU throughput figures).
    /// </summary>
    public static IEnumerable<string> Backends =>
        Environment.GetEnvironmentVariable("PIISCAN_BENCH_BACKENDS") is { Length: > 0 } list
            ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : ["ort-cpu-1", "ort-cpu-all", "ilgpu-cpu", "ilgpu-cuda"];

    /// <summary>Loads the model and builds one batch.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var model = NerModel.Load(ModelDir);
        _encoder = new WordPieceEncoder(model.VocabPath);
        _texts = InferenceLogCorpus.Build(2000);
        _backend = Backend switch
        {
            "ort-cpu-1" => new OrtCpuBackend(model.OnnxPath, 1, model.Labels.Count),
            "ort-cpu-all" => new OrtCpuBackend(model.OnnxPath, Environment.ProcessorCount, model.Labels.Count),
            "ilgpu-cpu" => new IlgpuBackend(ModelDir, IlgpuDeviceKind.Cpu),
            _ => IlgpuBackend.TryCreateCuda(ModelDir),
        };
        var tokens = new List<NerToken>();
        var words = new List<(int, int)>();
        var row = 0;
        foreach (var text in _texts)
        {
            if (row == Batch)
            {
                break;
            }
            tokens.Clear();
            _encoder.Encode(text, tokens, words);
            if (tokens.Count < SeqLen - 2)
            {
                continue;
            }
            _ids[row * SeqLen] = _encoder.ClsId;
            for (var t = 0; t < SeqLen - 2; t++)
            {
                _ids[row * SeqLen + 1 + t] = tokens[t].Id;
            }
            _ids[row * SeqLen + SeqLen - 1] = _encoder.SepId;
            _mask.AsSpan(row * SeqLen, SeqLen).Fill(1);
            row++;
        }
    }

    /// <summary>Releases the backend.</summary>
    [GlobalCleanup]
    public void Cleanup() => _backend?.Dispose();

    /// <summary>One inference call on 32 × 128 tokens (skipped when the backend is unavailable).</summary>
    [Benchmark]
    public int Infer()
    {
        if (_backend is null)
        {
            return 0;
        }
        _backend.Predict(_ids, _mask, Batch, SeqLen, _labels, _scores);
        return _labels[1];
    }

    /// <summary>Tokenizes 2,000 log lines.</summary>
    [Benchmark]
    public int Tokenize()
    {
        var tokens = new List<NerToken>(256);
        var words = new List<(int, int)>();
        var n = 0;
        foreach (var text in _texts)
        {
            tokens.Clear();
            _encoder.Encode(text, tokens, words);
            n += tokens.Count;
        }
        return n;
    }

    private static string FindModel()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "models", "pii-ner");
            if (File.Exists(Path.Combine(candidate, "model.onnx")))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException("models/pii-ner not found above the benchmark binaries.");
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(new RateColumn("tokens/s", c => c.Descriptor.WorkloadMethod.Name == nameof(Infer) ? Batch * (SeqLen - 2) : 0));
            AddColumn(new ThroughputColumn(c => c.Descriptor.WorkloadMethod.Name == nameof(Tokenize) ? TokenizeBytes : 0));
        }

        // UTF-8 bytes of the 2,000 lines Tokenize reads (deterministic corpus; computed in the host process).
        private static readonly long TokenizeBytes = InferenceLogCorpus.Build(2000).Sum(t => (long)System.Text.Encoding.UTF8.GetByteCount(t));
    }
}
