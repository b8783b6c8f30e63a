using PiiScan.Detection;
using PiiScan.Dsr;
using PiiScan.Keys;
using PiiScan.Operators;
using PiiScan.Pipeline;
using PiiScan.Readers;
using PiiScan.Reports;
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
        ScaleData.Write(input, files: 6, minRecords: 3000, maxRecords: 4000, seed: 31, times: true);
        var (sources, root) = InputResolver.Resolve([input], null);
        using var keyring = Keyring.CreateNew();
        using var hasher = SubjectHasher.ForActiveKey(keyring);
        // The sinks of a CLI scan with a keyring and --time-field ts: the subject index and the report timeline.
        List<IScanSink> Sinks(string outDir) => [new ReportSink(outDir, "ts"), new SubjectIndexSink(outDir, root, hasher, "US", "ts")];
        // Run with the sinks directly, or (resumable) with a session's sink wrapping them.
        ScanPipeline Pipeline(ScanOptions options, List<IScanSink> sinks, ResumeSession? session = null) => new(options, Engine, OperatorPolicy.ReplaceAll)
        {
            BeforeDetect = ((ReportSink)sinks[0]).Capture,
            Sinks = session is null ? sinks : [session.Sink],
        };
        var reference = Path.Combine(dir, "reference");
        // Small batches keep few records in flight, so the stop lands inside a file.
        var reader = new ReaderOptions { BatchRecords = 64 };
        var full = await Pipeline(new ScanOptions { OutputDirectory = reference, Root = root, Threads = 2, Reader = reader }, Sinks(reference)).RunAsync(sources);

        var outDir = Path.Combine(dir, "out");
        var options = new ScanOptions { OutputDirectory = outDir, Root = root, Threads = 2, Reader = reader };
        var cancelledSinks = Sinks(outDir);
        using (var session = ResumeSession.Open(options, sources, "fp", cancelledSinks))
        {
            var pipeline = Pipeline(options, cancelledSinks, session);
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

        var resumedSinks = Sinks(outDir);
        using (var session = ResumeSession.Open(options, sources, "fp", resumedSinks))
        {
            Assert.InRange(session.SkippedCount, 1, sources.Count - 1);
            var pipeline = Pipeline(options, resumedSinks, session);
            var report = await pipeline.RunAsync(session.Pending);
            Assert.Equal("completed", report.Status);
            Assert.Empty(report.PartialFiles);
        }
        Assert.Empty(Directory.GetFiles(outDir, "*.partial", SearchOption.AllDirectories));

        ResumeAssert.SameOutputs(reference, outDir);
        ResumeAssert.SameSubjectIndex(reference, outDir);
        ResumeAssert.SameReportData(reference, outDir);
        Assert.Equal(sources.Count, CliHarness.ReadParquet(Path.Combine(outDir, "subjects.parquet")).Select(r => r["source"]).Distinct().Count());
        Assert.Contains("| 2026-11-09 |", ResumeAssert.MarkdownTables(outDir), StringComparison.Ordinal);
    }
}
