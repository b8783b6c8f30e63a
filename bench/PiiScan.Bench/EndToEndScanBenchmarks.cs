using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using PiiScan.Detection;
using PiiScan.Operators;
using PiiScan.Pipeline;
using PiiScan.Readers;

namespace PiiScan.Bench;

/// <summary>
/// End-to-end scan of a generated 100 MB JSONL inference log: read, all pattern recognizers, conflict resolution,
/// replace operator, redacted JSONL, findings.parquet and report, on all cores. The NER model is not included
/// (see the README's NER figures).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class EndToEndScanBenchmarks
{
    private static readonly string Dir = Path.Combine(Path.GetTempPath(), "piiscan-bench-e2e");
    private static readonly string Input = Path.Combine(Dir, "logs-100mb.jsonl");

    /// <summary>Generates the input once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(Dir);
        if (!File.Exists(Input))
        {
            BenchData.WriteJsonl(Input, 100L * 1000 * 1000);
        }
    }

    /// <summary>Scans the file once.</summary>
    [Benchmark]
    public long Scan()
    {
        var outDir = Path.Combine(Dir, "out");
        var (sources, root) = InputResolver.Resolve([Input]);
        var engine = new DetectionEngine(RecognizerCatalog.CreateDefault(RecognizerOptions.Default));
        var pipeline = new ScanPipeline(new ScanOptions { OutputDirectory = outDir, Root = root }, engine, OperatorPolicy.ReplaceAll);
        var report = pipeline.RunAsync(sources).GetAwaiter().GetResult();
        return report.FindingsTotal;
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new ThroughputColumn(_ => File.Exists(Input) ? new FileInfo(Input).Length : 0));
    }
}
