using PiiScan.Detection;
using PiiScan.Dsr;
using PiiScan.Keys;
using PiiScan.Operators;
using PiiScan.Pipeline;
using PiiScan.Readers;
using PiiScan.Records;
using PiiScan.Reports;
using PiiScan.Resume;
using PiiScan.Tests.Pipeline;
using Xunit;

namespace PiiScan.Tests.Resume;

public class ResumableSinkTests
{
    /// <summary>A stand-in for the subject index: records per source, saved per file, rebuilt into counts.txt.</summary>
    private sealed class CountingSink(string outDir) : IResumableSink
    {
        private long _current;

        public List<string> Seen { get; } = new();

        public IReadOnlyList<string> PartSuffixes => [".count.txt"];

        public void SourceStarted(SourceFile source)
        {
            _current = 0;
            Seen.Add(source.RelativePath);
        }

        public void BatchWritten(RecordBatch batch) => _current += batch.RecordCount;

        public void SourceFinished(SourceFile source, bool completed)
        {
        }

        public void SavePart(SourceFile source, string partStem) => File.WriteAllText(partStem + ".count.txt", _current.ToString(System.Globalization.CultureInfo.InvariantCulture));

        public void Complete(RunReport report) => File.WriteAllText(Path.Combine(outDir, "counts.txt"), "partial view");

        public void Rebuild(IReadOnlyList<(SourceFile Source, string PartStem)> parts, RunReport report) =>
            File.WriteAllLines(Path.Combine(outDir, "counts.txt"), parts.Select(p => p.Source.RelativePath + " " + File.ReadAllText(p.PartStem + ".count.txt")));

        public void Abort()
        {
        }
    }

    private static async Task<(CountingSink Sink, ResumeSession Session)> Run(string input, string outDir)
    {
        var (sources, root) = InputResolver.Resolve([input], null);
        var options = new ScanOptions { OutputDirectory = outDir, Root = root, Threads = 1 };
        var sink = new CountingSink(outDir);
        var session = ResumeSession.Open(options, sources, "fp", [sink]);
        var pipeline = new ScanPipeline(options, new DetectionEngine(RecognizerCatalog.CreateDefault(new RecognizerOptions())), OperatorPolicy.ReplaceAll)
        {
            Sinks = [session.Sink],
        };
        await pipeline.RunAsync(session.Pending);
        session.Dispose();
        return (sink, session);
    }

    [Fact]
    public async Task ResumeSession_ResumableSink_RebuiltFromPartsOfSkippedAndScannedFiles()
    {
        var dir = TestPaths.NewTempDir();
        var input = Path.Combine(dir, "in");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "a.txt"), "1\n2\n");
        File.WriteAllText(Path.Combine(input, "b.txt"), "1\n2\n3\n");
        File.WriteAllText(Path.Combine(input, "c.txt"), "1\n");
        var outDir = Path.Combine(dir, "out");
        var (first, _) = await Run(input, outDir);
        Assert.Equal(["a.txt", "b.txt", "c.txt"], first.Seen);

        File.WriteAllText(Path.Combine(input, "b.txt"), "1\n2\n3\n4\n5\n");
        var (second, session) = await Run(input, outDir);
        Assert.Equal(["b.txt"], second.Seen);
        Assert.Equal(2, session.SkippedCount);
        Assert.Equal(["a.txt 2", "b.txt 5", "c.txt 1"], File.ReadAllLines(Path.Combine(outDir, "counts.txt")));
    }

    [Fact]
    public async Task ResumeSession_ReportAndSubjectIndexSinks_RebuiltFromPartsLikeUninterruptedRun()
    {
        var dir = TestPaths.NewTempDir();
        var input = Path.Combine(dir, "in");
        Directory.CreateDirectory(input);
        // One email per record, so the records with the most findings tie across files (the earlier record wins),
        // except record 5 of c.jsonl with two; one day per file, and one record of d.jsonl without a time.
        string[] names = ["a.jsonl", "b.jsonl", "c.jsonl", "d.jsonl"];
        for (var n = 0; n < names.Length; n++)
        {
            var lines = new List<string>();
            for (var i = 0; i < 12; i++)
            {
                var extra = n == 2 && i == 5 ? " or v@example.org" : "";
                lines.Add($$"""{"ts":"2026-10-0{{n + 1}}T0{{i % 10}}:00:00Z","msg":"write to u{{i}}@{{names[n][0]}}.example.com{{extra}}"}""");
            }
            if (n == 3)
            {
                lines.Add("""{"msg":"no time: w@d.example.com"}""");
            }
            File.WriteAllLines(Path.Combine(input, names[n]), lines);
        }
        var (sources, root) = InputResolver.Resolve([input], null);
        using var keyring = Keyring.CreateNew();
        using var hasher = SubjectHasher.ForActiveKey(keyring);
        var engine = new DetectionEngine(RecognizerCatalog.CreateDefault(new RecognizerOptions()));
        ScanOptions Options(string outDir) => new() { OutputDirectory = outDir, Root = root, Threads = 1, Reader = new ReaderOptions { Fields = FieldSelector.Parse(["msg"]) } };
        List<IScanSink> Sinks(string outDir) => [new ReportSink(outDir, "ts"), new SubjectIndexSink(outDir, root, hasher, "US", "ts")];

        var reference = Path.Combine(dir, "reference");
        await new ScanPipeline(Options(reference), engine, OperatorPolicy.ReplaceAll) { Sinks = Sinks(reference) }.RunAsync(sources);

        // An interrupted run that finished a.jsonl and b.jsonl, then a resumed run that scans only c.jsonl and d.jsonl.
        var outDir = Path.Combine(dir, "out");
        using (var session = ResumeSession.Open(Options(outDir), sources, "fp", Sinks(outDir)))
        {
            await new ScanPipeline(Options(outDir), engine, OperatorPolicy.ReplaceAll) { Sinks = [session.Sink] }.RunAsync(session.Pending.Take(2).ToList());
        }
        using (var session = ResumeSession.Open(Options(outDir), sources, "fp", Sinks(outDir)))
        {
            Assert.Equal(2, session.SkippedCount);
            await new ScanPipeline(Options(outDir), engine, OperatorPolicy.ReplaceAll) { Sinks = [session.Sink] }.RunAsync(session.Pending);
        }

        ResumeAssert.SameSubjectIndex(reference, outDir);
        ResumeAssert.SameReportData(reference, outDir);
        var subjects = CliHarness.ReadParquet(Path.Combine(outDir, "subjects.parquet"));
        Assert.Equal(50, subjects.Count);
        Assert.Equal(12, subjects.Count(r => (string)r["source"]! == "a.jsonl"));
        Assert.DoesNotContain(subjects, r => ((string)r["subject"]!).Contains('@', StringComparison.Ordinal));
        var md = ResumeAssert.MarkdownTables(outDir);
        Assert.Contains("| 2026-10-01 | 12 | 12 |", md, StringComparison.Ordinal);
        Assert.Contains("| 2026-10-03 | 12 | 13 |", md, StringComparison.Ordinal);
        Assert.Contains("| (no time) | 1 | |", md, StringComparison.Ordinal);
        Assert.Contains("| c.jsonl | 5 | 2 |\n| a.jsonl | 0 | 1 |", md, StringComparison.Ordinal);
        Assert.Contains("| b.jsonl | 6 | 1 |\n\n", md, StringComparison.Ordinal);
        Assert.DoesNotContain("| d.jsonl | 0 | 1 |", md, StringComparison.Ordinal);
        // Parts hold keyed hashes and counts only.
        foreach (var part in Directory.GetFiles(Path.Combine(outDir, "parts"), "*.subjects.bin").Concat(Directory.GetFiles(Path.Combine(outDir, "parts"), "*.report.json")))
        {
            Assert.DoesNotContain("example.com", File.ReadAllText(part), StringComparison.Ordinal);
        }
    }
}
