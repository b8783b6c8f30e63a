using PiiScan.Detection;
using PiiScan.Operators;
using PiiScan.Pipeline;
using PiiScan.Readers;
using PiiScan.Records;
using PiiScan.Reports;
using PiiScan.Resume;
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
}
