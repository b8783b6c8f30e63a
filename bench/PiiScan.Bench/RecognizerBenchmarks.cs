using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using PiiScan.Detection;
using Det = PiiScan.Detection.Detection;

namespace PiiScan.Bench;

/// <summary>
/// The whole pattern stage (every recognizer of the default catalogue) over a JSONL-like inference-log corpus
/// with about 5% PII lines; one operation is one pass over the corpus. Reports MB/s per core.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class RecognizerBenchmarks
{
    private const int Lines = 4000;
    private static readonly string[] Corpus = InferenceLogCorpus.Build(Lines);
    private static readonly long CorpusBytes = ComputeBytes();

    private readonly List<Det> _results = new(1024);
    private IRecognizer[] _recognizers = [];

    /// <summary>Recognizer to run: <c>ALL</c> or one recognizer name.</summary>
    [ParamsSource(nameof(Names))]
    public string Recognizer { get; set; } = "ALL";

    /// <summary>ALL plus every recognizer name of the default catalogue (only ALL when <c>PIISCAN_BENCH_ALL_ONLY=1</c>).</summary>
    public static IEnumerable<string> Names()
    {
        yield return "ALL";
        if (Environment.GetEnvironmentVariable("PIISCAN_BENCH_ALL_ONLY") == "1")
        {
            yield break;
        }
        foreach (var r in RecognizerCatalog.CreateDefault(RecognizerOptions.Default))
        {
            yield return r.Name;
        }
    }

    /// <summary>Selects the recognizers.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var all = RecognizerCatalog.CreateDefault(RecognizerOptions.Default);
        _recognizers = Recognizer == "ALL" ? [.. all] : [.. all.Where(r => r.Name == Recognizer)];
    }

    /// <summary>Scans the corpus once; returns the number of detections.</summary>
    [Benchmark]
    public int Scan()
    {
        int found = 0;
        var context = new FieldContext("text", "");
        foreach (var line in Corpus)
        {
            _results.Clear();
            foreach (var r in _recognizers)
            {
                r.Analyze(line, context, _results);
            }
            found += _results.Count;
        }
        return found;
    }

    private static long ComputeBytes()
    {
        long n = 0;
        foreach (var line in Corpus)
        {
            n += Encoding.UTF8.GetByteCount(line) + 1;
        }
        return n;
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new ThroughputColumn(() => CorpusBytes), new ThroughputColumn(() => CorpusBytes, fromMin: true));
    }
}
