using PiiScan.Detection;
using PiiScan.Operators;
using PiiScan.Pipeline;
using PiiScan.Readers;
using PiiScan.Resume;
using PiiScan.Tests.Pipeline;
using PiiScan.Tests.Sharding;
using Xunit;

namespace PiiScan.Tests.Resume;

public class ResumeCancelTests
{
    private static readonly DetectionEngine Engine = new(RecognizerCatalog.CreateDefault(new RecognizerOptions()));

    [Fact]
    public async Task ResumeSession_CancelledThenResumed_EqualsUninterruptedRunAndDropsPartialFile()
    {
        var dir = TestPaths.NewTempDir();
        var input = Path.Combine(dir, "in");
        ScaleData.Write(input, files: 6, minRecords: 3000, maxRecords: 4000, seed: 31);
        var (sources, root) = InputResolver.Resolve([input], null);
        var reference = Path.Combine(dir, "reference");
        // Small batches keep few records in flight, so the stop lands inside a file.
        var reader = new ReaderOptions { BatchRecords = 64 };
        var full = await new ScanPipeline(new ScanOptions { OutputDirectory = reference, Root = root, Threads = 2, Reader = reader }, Engine, OperatorPolicy.ReplaceAll).RunAsync(sources);

        var outDir = Path.Combine(dir, "out");
        var options = new ScanOptions { OutputDirectory = outDir, Root = root, Threads = 2, Reader = reader };
        using (var session = ResumeSession.Open(options, sources, "fp"))
        {
            var pipeline = new ScanPipeline(options, Engine, OperatorPolicy.ReplaceAll) { Sinks = [session.Sink] };
            using var stop = new CancellationTokenSource();
            var run = pipeline.RunAsync(session.Pending, stop.Token);
            while (pipeline.Counters.RecordsRead < 9000 && !run.IsCompleted)
            {
                await Task.Delay(1);
            }
            stop.Cancel();
            var cancelled = await run;
            Assert.Equal("cancelled", cancelled.Status);
            Assert.InRange(cancelled.RecordsRead, 1, full.RecordsRead - 1);
            // Almost always one file is cut short (unless the stop fell exactly between two files).
            Assert.InRange(cancelled.PartialFiles.Count, 0, 1);
            foreach (var partial in cancelled.PartialFiles)
            {
                Assert.True(File.Exists(Path.Combine(outDir, "redacted", partial + ".partial")));
            }
            // The cancelled run's outputs cover what it read, and the counts still balance.
            Assert.Equal(cancelled.RecordsRead, cancelled.RecordsWritten + cancelled.RecordsQuarantined);
            Assert.Equal(cancelled.FindingsTotal, CliHarness.ReadParquet(Path.Combine(outDir, "findings.parquet")).Count);
        }

        using (var session = ResumeSession.Open(options, sources, "fp"))
        {
            Assert.InRange(session.SkippedCount, 1, sources.Count - 1);
            var pipeline = new ScanPipeline(options, Engine, OperatorPolicy.ReplaceAll) { Sinks = [session.Sink] };
            var report = await pipeline.RunAsync(session.Pending);
            Assert.Equal("completed", report.Status);
            Assert.Empty(report.PartialFiles);
        }
        Assert.Empty(Directory.GetFiles(outDir, "*.partial", SearchOption.AllDirectories));

        ResumeAssert.SameOutputs(reference, outDir);
    }
}
