using PiiScan.Evaluation.Fixtures;
using Xunit;

namespace PiiScan.Tests.Bench;

public class BenchCorpusGeneratorTests
{
    [Fact]
    public void SameSeed_SameBytes()
    {
        var a = TestPaths.NewTempDir();
        var b = TestPaths.NewTempDir();
        var first = new BenchCorpusGenerator(7).Write(a, 300_000);
        var second = new BenchCorpusGenerator(7).Write(b, 300_000);
        Assert.Equal(first.Records, second.Records);
        Assert.Equal(first.Bytes, second.Bytes);
        Assert.Equal(4, first.Files.Count);
        Assert.Contains(first.Files, f => f.EndsWith(".jsonl.gz", StringComparison.Ordinal));
        for (var i = 0; i < first.Files.Count; i++)
        {
            Assert.Equal(File.ReadAllBytes(first.Files[i]), File.ReadAllBytes(second.Files[i]));
        }
    }

    [Fact]
    public void OtherSeed_OtherBytes()
    {
        var a = new BenchCorpusGenerator(1).Write(TestPaths.NewTempDir(), 50_000);
        var b = new BenchCorpusGenerator(2).Write(TestPaths.NewTempDir(), 50_000);
        Assert.NotEqual(File.ReadAllBytes(a.Files[0]), File.ReadAllBytes(b.Files[0]));
    }

    [Fact]
    public void Size_IsApproximatelyRequested_AndLengthsVary()
    {
        var dir = TestPaths.NewTempDir();
        var (files, records, bytes) = new BenchCorpusGenerator(3).Write(dir, 500_000);
        Assert.InRange(bytes, 500_000, 560_000);
        var lengths = File.ReadLines(files[0]).Select(l => l.Length).ToList();
        Assert.Equal(lengths.Count + File.ReadLines(files[2]).Count(), records - CountGz(files[1]) - CountGz(files[3]));
        Assert.True(lengths.Min() < 600);
        Assert.True(lengths.Max() > 3000);
    }

    private static long CountGz(string path)
    {
        using var gz = new System.IO.Compression.GZipStream(File.OpenRead(path), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(gz);
        long n = 0;
        while (reader.ReadLine() is not null)
        {
            n++;
        }
        return n;
    }
}
