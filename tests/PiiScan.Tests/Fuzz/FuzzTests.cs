using System.Text.Json;
using PiiScan.Detection;
using PiiScan.Operators;
using PiiScan.Pipeline;
using PiiScan.Readers;
using PiiScan.Records;
using Xunit;

namespace PiiScan.Tests.Fuzz;

/// <summary>
/// Seeded random-mutation fuzzing of the readers (JSONL, CSV, TSV, Parquet, text; plain, gzip, zstd) and of the
/// recognizers, through the full pipeline. Each case must finish within a time bound without failing, keep
/// <c>read = written + quarantined</c>, and give every quarantined record a reason. Scale up with
/// <c>PIISCAN_FUZZ_CASES</c> and pick the seed with <c>PIISCAN_FUZZ_SEED</c> (see tests/fuzz/README.md).
/// </summary>
public class FuzzTests
{
    private static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(30);

    // Inputs are a few KiB and records are capped at 256 KiB: a case allocating more than this (process-wide, so
    // tests running alongside count too) has a runaway allocation.
    private const long AllocationBound = 2L << 30;
    private static readonly DetectionEngine Engine = new(RecognizerCatalog.CreateDefault(new RecognizerOptions()));

    private static int Cases(int defaultCases) =>
        int.TryParse(Environment.GetEnvironmentVariable("PIISCAN_FUZZ_CASES"), out var n) && n > 0 ? n : defaultCases;

    private static int Seed(int defaultSeed) =>
        int.TryParse(Environment.GetEnvironmentVariable("PIISCAN_FUZZ_SEED"), out var n) ? n : defaultSeed;

    public static TheoryData<string, string> Seeds() => new()
    {
        { "seed.jsonl", "" }, { "seed.jsonl", "gz" }, { "seed.jsonl", "zst" }, { "edge.jsonl", "" },
        { "seed.csv", "" }, { "seed.csv", "gz" }, { "seed.tsv", "" }, { "seed.txt", "" }, { "seed.txt", "zst" },
        { "seed.parquet", "" },
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Pipeline_MutatedInputs_NoCrashNoHangCountsBalance(string seedFile, string compression)
    {
        var seedBytes = File.ReadAllBytes(Path.Combine(TestPaths.RepoRoot, "tests", "fuzz", "corpus", seedFile));
        var name = compression.Length == 0 ? seedFile : seedFile + "." + compression;
        var rng = new Random(Seed(1234) ^ StableHash(name));
        var dir = TestPaths.NewTempDir();
        var cases = Cases(30);
        for (var c = 0; c < cases; c++)
        {
            // Mutate the plain bytes, then compress; or compress, then mutate the compressed stream.
            var mutateCompressed = compression.Length > 0 && rng.Next(2) == 0;
            var bytes = mutateCompressed
                ? Mutator.Mutate(Compress(seedBytes, compression), rng)
                : Compress(Mutator.Mutate(seedBytes, rng), compression);
            var caseDir = Path.Combine(dir, c.ToString("D4"));
            Directory.CreateDirectory(caseDir);
            var input = Path.Combine(caseDir, name);
            await File.WriteAllBytesAsync(input, bytes);
            await RunCase(input, Path.Combine(caseDir, "out"), $"{name} case {c} (seed {Seed(1234)}, input kept at {input})");
            Directory.Delete(caseDir, recursive: true);
        }
    }

    [Fact]
    public async Task Recognizers_RandomPiiLikeText_NoCrashNoHang()
    {
        var rng = new Random(Seed(99));
        const string alphabet = "0123456789 -+.@:/_()[]{}\"'abcdefxyzABCXYZ€é😀\t";
        var dir = TestPaths.NewTempDir();
        var input = Path.Combine(dir, "random.txt");
        var lines = new List<string>();
        for (var i = 0; i < Cases(30) * 20; i++)
        {
            var chars = new char[rng.Next(0, 400)];
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = alphabet[rng.Next(alphabet.Length)];
                if (char.IsHighSurrogate(chars[k]) && k + 1 < chars.Length)
                {
                    chars[++k] = alphabet[alphabet.IndexOf(chars[k - 1]) + 1];
                }
                else if (char.IsSurrogate(chars[k]))
                {
                    chars[k] = 'q';
                }
            }
            lines.Add(new string(chars).Replace('\n', ' ').Replace('\r', ' '));
        }
        await File.WriteAllLinesAsync(input, lines);
        await RunCase(input, Path.Combine(dir, "out"), "random text");
    }

    private static async Task RunCase(string input, string outDir, string label)
    {
        var (sources, root) = InputResolver.Resolve([input], null);
        var pipeline = new ScanPipeline(
            new ScanOptions
            {
                OutputDirectory = outDir,
                Root = root,
                Threads = 1,
                Reader = new ReaderOptions { MaxRecordBytes = 256 * 1024, MaxJsonDepth = 64 },
            },
            Engine,
            OperatorPolicy.ReplaceAll);
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var run = pipeline.RunAsync(sources);
        var finished = await Task.WhenAny(run, Task.Delay(CaseTimeout));
        Assert.True(finished == run, "hang: " + label);
        PiiScan.Reports.RunReport report;
        try
        {
            report = await run;
        }
        catch (Exception ex)
        {
            Assert.Fail($"crash: {label}: {ex}");
            throw;
        }
        Assert.True(report.Status == "completed", $"{label}: {report.Error}");
        var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
        Assert.True(allocated < AllocationBound, $"allocation: {label}: {allocated:N0} bytes");
        Assert.True(report.RecordsRead == report.RecordsWritten + report.RecordsQuarantined, "counts: " + label);
        var quarantine = File.ReadAllLines(Path.Combine(outDir, "quarantine.jsonl"));
        Assert.Equal(report.RecordsQuarantined, quarantine.Length);
        foreach (var line in quarantine)
        {
            using var doc = JsonDocument.Parse(line);
            Assert.False(string.IsNullOrWhiteSpace(doc.RootElement.GetProperty("reason").GetString()), "reason: " + label);
        }
    }

    private static byte[] Compress(byte[] data, string compression)
    {
        if (compression.Length == 0)
        {
            return data;
        }
        using var ms = new MemoryStream();
        using (var s = CompressionStreams.OpenWrite(ms, compression == "gz" ? Compression.Gzip : Compression.Zstd))
        {
            s.Write(data);
        }
        return ms.ToArray();
    }

    private static int StableHash(string s) => (int)(PiiScan.Sharding.ShardSpec.Fnv1a64(s) & 0x7FFFFFFF);
}
