using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using PiiScan.Readers;
using PiiScan.Records;

namespace PiiScan.Bench;

/// <summary>
/// Reader throughput per format: one operation reads the whole file into batches (decompression, parsing, field
/// extraction; no detection). MB/s counts decompressed input bytes.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ReaderBenchmarks
{
    private static readonly Dictionary<string, (string Path, long Bytes)> Files = new();
    private readonly RecordBatch _batch = new();

    /// <summary>Input format.</summary>
    [Params("jsonl", "jsonl.gz", "csv", "text", "parquet")]
    public string Format { get; set; } = "jsonl";

    /// <summary>Generates the inputs once (about 32 MB of JSONL and its conversions).</summary>
    [GlobalSetup]
    public void Setup()
    {
        lock (Files)
        {
            if (Files.Count > 0)
            {
                return;
            }
            var dir = Path.Combine(Path.GetTempPath(), "piiscan-bench-readers");
            Directory.CreateDirectory(dir);
            var jsonl = BenchData.WriteJsonl(Path.Combine(dir, "logs.jsonl"), 32L << 20);
            var (csv, text) = BenchData.WriteCsvAndText(jsonl, dir);
            var parquet = Path.Combine(dir, "logs.parquet");
            ConvertToParquet(csv, parquet);
            var len = new FileInfo(jsonl).Length;
            Files["jsonl"] = (jsonl, len);
            Files["jsonl.gz"] = (BenchData.Gzip(jsonl), len);
            Files["csv"] = (csv, new FileInfo(csv).Length);
            Files["text"] = (text, new FileInfo(text).Length);
            Files["parquet"] = (parquet, new FileInfo(csv).Length);
        }
    }

    /// <summary>Reads the file once; returns the number of records.</summary>
    [Benchmark]
    public long Read()
    {
        var (path, _) = Files[Format];
        var (sources, _) = InputResolver.Resolve([path]);
        var source = sources[0];
        using var stream = CompressionStreams.OpenSource(source);
        using var reader = FormatRegistry.CreateReader(source, stream, new ReaderOptions());
        long records = 0;
        bool more;
        do
        {
            _batch.Reset();
            _batch.Source = source;
            more = reader.ReadBatch(_batch, CancellationToken.None);
            records += _batch.RecordCount;
        }
        while (more);
        return records;
    }

    private static void ConvertToParquet(string csv, string parquet)
    {
        var (sources, _) = InputResolver.Resolve([csv]);
        var source = sources[0];
        using var input = CompressionStreams.OpenSource(source);
        using var reader = FormatRegistry.CreateReader(source, input, new ReaderOptions());
        using var output = File.Create(parquet);
        using var writer = FormatRegistry.CreateWriter(source, InputFormat.Parquet, output, new ReaderOptions());
        using var batch = new RecordBatch();
        bool more;
        do
        {
            batch.Reset();
            batch.Source = source;
            more = reader.ReadBatch(batch, CancellationToken.None);
            writer.Write(batch);
        }
        while (more);
        writer.Complete();
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new ThroughputColumn(benchmarkCase => InputBytes((string)benchmarkCase.Parameters["Format"])));

        // Columns are computed in the host process, where Setup did not run: measure the (decompressed) files on disk.
        private static long InputBytes(string format)
        {
            var dir = Path.Combine(Path.GetTempPath(), "piiscan-bench-readers");
            var name = format switch { "csv" or "parquet" => "logs.csv", "text" => "logs.txt", _ => "logs.jsonl" };
            var path = Path.Combine(dir, name);
            return File.Exists(path) ? new FileInfo(path).Length : 0;
        }
    }
}
