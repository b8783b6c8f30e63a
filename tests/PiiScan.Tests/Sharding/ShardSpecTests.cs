using PiiScan.Records;
using PiiScan.Sharding;
using Xunit;

namespace PiiScan.Tests.Sharding;

public class ShardSpecTests
{
    [Theory]
    [InlineData("0/1", 0, 1)]
    [InlineData("2/7", 2, 7)]
    [InlineData("15/16", 15, 16)]
    public void Parse_Valid_ReturnsIndexAndCount(string text, int index, int count)
    {
        var spec = ShardSpec.Parse(text);
        Assert.Equal(index, spec.Index);
        Assert.Equal(count, spec.Count);
    }

    [Theory]
    [InlineData("3/3")]
    [InlineData("1/0")]
    [InlineData("-1/2")]
    [InlineData("1")]
    [InlineData("a/b")]
    [InlineData("1/2/3")]
    public void Parse_Invalid_ThrowsWithHint(string text)
    {
        var ex = Assert.Throws<PiiScanException>(() => ShardSpec.Parse(text));
        Assert.Contains("i/N", ex.Message);
    }

    [Fact]
    public void Fnv1a64_KnownVectors_MatchReference()
    {
        // Reference values of 64-bit FNV-1a.
        Assert.Equal(0xcbf29ce484222325UL, ShardSpec.Fnv1a64(""));
        Assert.Equal(0xaf63dc4c8601ec8cUL, ShardSpec.Fnv1a64("a"));
        Assert.Equal(0x85944171f73967e8UL, ShardSpec.Fnv1a64("foobar"));
    }

    [Fact]
    public void Select_ManyPaths_EveryFileInExactlyOneShard()
    {
        var sources = Enumerable.Range(0, 500)
            .Select(i => new SourceFile("/x/" + i, $"dir{i % 7}/file-{i}.jsonl", InputFormat.Jsonl, Compression.None, 1))
            .ToList();
        foreach (var n in new[] { 1, 3, 7 })
        {
            var seen = new Dictionary<string, int>();
            for (var i = 0; i < n; i++)
            {
                foreach (var s in new ShardSpec(i, n).Select(sources))
                {
                    seen[s.RelativePath] = seen.GetValueOrDefault(s.RelativePath) + 1;
                }
            }
            Assert.Equal(sources.Count, seen.Count);
            Assert.All(seen.Values, c => Assert.Equal(1, c));
        }
    }

    [Fact]
    public void ShardOf_SamePath_IsStableAcrossCalls()
    {
        var a = ShardSpec.ShardOf("logs/2026/11/app.jsonl.gz", 7);
        Assert.Equal(a, ShardSpec.ShardOf("logs/2026/11/app.jsonl.gz", 7));
        Assert.Equal((int)(ShardSpec.Fnv1a64("logs/2026/11/app.jsonl.gz") % 7), a);
    }
}
