using PiiScan.Detection;
using PiiScan.Operators;
using PiiScan.Pipeline;
using PiiScan.Readers;
using SharpFuzz;

namespace PiiScan.Fuzz;

/// <summary>
/// SharpFuzz harness: each input is written as one file of the chosen format and scanned by the whole pipeline.
/// A failed run, unbalanced counts or a quarantine entry without a reason throws, which the fuzzer reports as a crash.
/// </summary>
public static class Program
{
    private static readonly DetectionEngine Engine = new(RecognizerCatalog.CreateDefault(new RecognizerOptions()));

    /// <summary>Usage: <c>PiiScan.Fuzz EXTENSION [--libfuzzer]</c>, e.g. <c>jsonl</c>, <c>csv.gz</c>, <c>parquet</c>.</summary>
    public static void Main(string[] args)
    {
        var extension = args.Length > 0 ? args[0] : "jsonl";
        var work = Path.Combine(Path.GetTempPath(), "piiscan-fuzz-" + Environment.ProcessId);
        Directory.CreateDirectory(work);
        var input = Path.Combine(work, "input." + extension);
        void RunOne(ReadOnlySpan<byte> data)
        {
            File.WriteAllBytes(input, data.ToArray());
            Scan(input, Path.Combine(work, "out"));
        }
        if (args.Contains("--libfuzzer"))
        {
            Fuzzer.LibFuzzer.Run(span => RunOne(span));
        }
        else
        {
            Fuzzer.OutOfProcess.Run(stream =>
            {
                using var ms = new MemoryStream();
                stream.CopyTo(ms);
                RunOne(ms.ToArray());
            });
        }
    }

    private static void Scan(string input, string outDir)
    {
        var (sources, root) = InputResolver.Resolve([input], null);
        var options = new ScanOptions
        {
            OutputDirectory = outDir,
            Root = root,
            Threads = 1,
            Reader = new ReaderOptions { MaxRecordBytes = 256 * 1024 },
        };
        var report = new ScanPipeline(options, Engine, OperatorPolicy.ReplaceAll).RunAsync(sources).GetAwaiter().GetResult();
        if (report.Status != "completed" || report.RecordsRead != report.RecordsWritten + report.RecordsQuarantined)
        {
            throw new InvalidOperationException($"status {report.Status}, {report.RecordsRead} read, {report.RecordsWritten} written, {report.RecordsQuarantined} quarantined: {report.Error}");
        }
        foreach (var line in File.ReadLines(Path.Combine(outDir, "quarantine.jsonl")))
        {
            if (line.Contains("\"reason\":\"\"", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("quarantine entry without a reason");
            }
        }
    }
}
