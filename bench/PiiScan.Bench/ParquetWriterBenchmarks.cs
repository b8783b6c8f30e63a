using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using PiiScan.Readers;
using PiiScan.Records;
using PiiScan.Reports;

namespace PiiScan.Bench;

/// <summary>
/// The Parquet outputs of a scan: <c>findings.parquet</c> (100,000 finding rows through <see cref="FindingsWriter"/>)
/// and a redacted copy of about 8 MB of JSONL inference logs written as Parquet (<c>--output-format parquet</c>),
/// both into memory. MB/s counts the JSONL input bytes; rows/s counts finding rows.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ParquetWriterBenchmarks
{
    private const int FindingRows = 100_000;
    private const long JsonlBytes = 8L << 20;
    private static readonly string Dir = Path.Combine(Path.GetTempPath(), "piiscan-bench-parquet");

    private readonly List<RecordBatch> _batches = [];
    private readonly MemoryStream _output = new();
    private FindingRow[] _findings = [];
    private SourceFile _source = null!;

    /// <summary>Reads the JSONL into batches and builds the finding rows.</summary>
    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(Dir);
        var jsonl = BenchData.WriteJsonl(Path.Combine(Dir, "logs.jsonl"), JsonlBytes);
        var (sources, _) = InputResolver.Resolve([jsonl]);
        _source = sources[0];
        using var stream = CompressionStreams.OpenSource(_source);
        using var reader = FormatRegistry.CreateReader(_source, stream, new ReaderOptions());
        bool more;
        do
        {
            var batch = new RecordBatch { Source = _source };
            more = reader.ReadBatch(batch, CancellationToken.None);
            _batches.Add(batch);
        }
        while (more);
        var types = new[] { "EMAIL_ADDRESS", "PHONE_NUMBER", "PERSON", "CREDIT_CARD", "IP_ADDRESS" };
        _findings = Enumerable.Range(0, FindingRows)
            .Select(i => new FindingRow($"logs/part-{i / 20_000:D3}.jsonl.gz", i * 7L, "request.messages[0].content", i % 200, i % 200 + 17, types[i % types.Length], 0.85f, "PatternRecognizer", "replace", null))
            .ToArray();
    }

    /// <summary>Releases the batches.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var b in _batches)
        {
            b.Dispose();
        }
    }

    /// <summary>Writes 100,000 finding rows to findings.parquet (in memory).</summary>
    [Benchmark]
    public long Findings()
    {
        _output.SetLength(0);
        var writer = new FindingsWriter(_output, null, includeText: false);
        foreach (var row in _findings)
        {
            writer.Add(row);
            writer.FlushIfFullAsync().AsTask().GetAwaiter().GetResult();
        }
        writer.CompleteAsync().AsTask().GetAwaiter().GetResult();
        writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return _output.Length;
    }

    /// <summary>Writes the JSONL batches as a redacted Parquet file (in memory).</summary>
    [Benchmark]
    public long RedactedParquet()
    {
        _output.SetLength(0);
        using var writer = FormatRegistry.CreateWriter(_source, InputFormat.Parquet, _output, new ReaderOptions());
        foreach (var batch in _batches)
        {
            writer.Write(batch);
        }
        writer.Complete();
        return _output.Length;
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(new ThroughputColumn(c => c.Descriptor.WorkloadMethod.Name == nameof(RedactedParquet) ? InputBytes() : 0));
            AddColumn(new RateColumn("rows/s", c => c.Descriptor.WorkloadMethod.Name == nameof(Findings) ? FindingRows : 0));
        }

        // Computed in the host process, where Setup did not run: the generated file on disk.
        private static long InputBytes()
        {
            var path = Path.Combine(Dir, "logs.jsonl");
            return File.Exists(path) ? new FileInfo(path).Length : 0;
        }
    }
}
