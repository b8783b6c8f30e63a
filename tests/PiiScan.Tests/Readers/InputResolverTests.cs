using PiiScan.Readers;
using PiiScan.Records;
using Xunit;

namespace PiiScan.Tests.Readers;

public class InputResolverTests
{
    private static string Tree()
    {
        var root = IoHarness.TempDir();
        void Write(string relative, byte[] content)
        {
            var path = Path.Combine(root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, content);
        }
        Write("logs/2026/b.jsonl.gz", IoHarness.Compress("{}\n"u8.ToArray(), Compression.Gzip));
        Write("logs/2026/a.jsonl.gz", IoHarness.Compress("{}\n"u8.ToArray(), Compression.Gzip));
        Write("logs/top.jsonl.gz", IoHarness.Compress("{}\n"u8.ToArray(), Compression.Gzip));
        Write("logs/plain.jsonl", "{}\n"u8.ToArray());
        Write("data/x.csv", "a\n1\n"u8.ToArray());
        Write("data/Y.csv", "a\n1\n"u8.ToArray());
        Write("data/sub/z.csv.zst", IoHarness.Compress("a\n1\n"u8.ToArray(), Compression.Zstd));
        Write("data/t.tsv", "a\n"u8.ToArray());
        return root;
    }

    [Fact]
    public void Resolve_Directory_RecursiveOrdinalSortedRelativeToDirectory()
    {
        var root = Tree();
        var (sources, scanRoot) = InputResolver.Resolve([Path.Combine(root, "logs")], null, root);
        Assert.Equal(Path.Combine(root, "logs"), scanRoot);
        Assert.Equal(new[] { "2026/a.jsonl.gz", "2026/b.jsonl.gz", "plain.jsonl", "top.jsonl.gz" }, sources.Select(s => s.RelativePath));
        Assert.All(sources, s => Assert.Equal(InputFormat.Jsonl, s.Format));
        Assert.Equal(new[] { Compression.Gzip, Compression.Gzip, Compression.None, Compression.Gzip }, sources.Select(s => s.Compression));
        Assert.All(sources, s => Assert.Equal(new FileInfo(s.FullPath).Length, s.Length));
    }

    [Theory]
    [InlineData("logs/**/*.jsonl.gz", "logs", "2026/a.jsonl.gz,2026/b.jsonl.gz,top.jsonl.gz")]
    [InlineData("data/*.csv", "data", "Y.csv,x.csv")]
    [InlineData("data/**", "data", "Y.csv,sub/z.csv.zst,t.tsv,x.csv")]
    [InlineData("*/sub/*.zst", "", "data/sub/z.csv.zst")]
    [InlineData("logs/20??/a*", "logs", "2026/a.jsonl.gz")]
    public void Resolve_Glob_MatchesRelativeToStaticPrefix(string glob, string expectedRoot, string expected)
    {
        var root = Tree();
        var (sources, scanRoot) = InputResolver.Resolve([glob], null, root);
        Assert.Equal(Path.TrimEndingDirectorySeparator(Path.Combine(root, expectedRoot)), scanRoot);
        Assert.Equal(expected, string.Join(",", sources.Select(s => s.RelativePath)));
    }

    [Fact]
    public void Resolve_SingleFile_RootIsItsDirectory()
    {
        var root = Tree();
        var (sources, scanRoot) = InputResolver.Resolve(["data/sub/z.csv.zst"], null, root);
        var source = Assert.Single(sources);
        Assert.Equal("z.csv.zst", source.RelativePath);
        Assert.Equal(Path.Combine(root, "data", "sub"), scanRoot);
        Assert.Equal((InputFormat.Csv, Compression.Zstd), (source.Format, source.Compression));
    }

    [Fact]
    public void Resolve_SeveralInputs_CommonAncestorAndDeduplicated()
    {
        var root = Tree();
        var (sources, scanRoot) = InputResolver.Resolve(["data/x.csv", "logs/2026", "data/x.csv"], null, root);
        Assert.Equal(root, scanRoot);
        Assert.Equal(new[] { "data/x.csv", "logs/2026/a.jsonl.gz", "logs/2026/b.jsonl.gz" }, sources.Select(s => s.RelativePath));
    }

    [Fact]
    public void Resolve_FormatOverride_AppliesToAll()
    {
        var root = Tree();
        var (sources, _) = InputResolver.Resolve(["data"], InputFormat.Text, root);
        Assert.All(sources, s => Assert.Equal(InputFormat.Text, s.Format));
    }

    [Theory]
    [InlineData("missing.jsonl")]
    [InlineData("nowhere/*.csv")]
    [InlineData("data/*.parquet")]
    public void Resolve_MissingInput_ThrowsPiiScanException(string input)
    {
        var root = Tree();
        var ex = Assert.Throws<PiiScanException>(() => InputResolver.Resolve([input], null, root));
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void Resolve_StdinWithoutFormat_ThrowsAndWithFormatResolves()
    {
        Assert.Throws<PiiScanException>(() => InputResolver.Resolve(["-"], null, IoHarness.TempDir()));
        var (sources, _) = InputResolver.Resolve(["-"], InputFormat.Jsonl, IoHarness.TempDir());
        var stdin = Assert.Single(sources);
        Assert.True(stdin.IsStdin);
        Assert.Equal(InputFormat.Jsonl, stdin.Format);
    }

    [Fact]
    public void Resolve_Fifo_SkippedInWalksKeptWhenNamed()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        var root = IoHarness.TempDir();
        File.WriteAllText(Path.Combine(root, "a.txt"), "x\n");
        var fifo = Path.Combine(root, "pipe.txt");
        using (var p = System.Diagnostics.Process.Start("mkfifo", fifo))
        {
            p.WaitForExit();
        }
        var (sources, _) = InputResolver.Resolve([root], null, root);
        Assert.Equal(new[] { "a.txt" }, sources.Select(s => s.RelativePath));
        var named = Assert.Single(InputResolver.Resolve([fifo], null, root).Sources);
        Assert.Equal(("pipe.txt", Compression.None, InputFormat.Text), (named.RelativePath, named.Compression, named.Format));
    }

    [Theory]
    [InlineData("a.jsonl", InputFormat.Jsonl)]
    [InlineData("a.NDJSON.gz", InputFormat.Jsonl)]
    [InlineData("a.json.zstd", InputFormat.Jsonl)]
    [InlineData("a.csv.zst", InputFormat.Csv)]
    [InlineData("a.tsv", InputFormat.Tsv)]
    [InlineData("a.tab", InputFormat.Tsv)]
    [InlineData("a.parquet", InputFormat.Parquet)]
    [InlineData("a.pq", InputFormat.Parquet)]
    [InlineData("a.log.gz", InputFormat.Text)]
    [InlineData("a.txt", InputFormat.Text)]
    [InlineData("README", InputFormat.Text)]
    [InlineData("a.gz", InputFormat.Text)]
    public void FormatFromName_Extension_Format(string name, InputFormat expected)
    {
        Assert.Equal(expected, InputResolver.FormatFromName(name));
    }

    [Fact]
    public void Resolve_HiddenEntries_SkippedInWalksButReadWhenNamed()
    {
        var root = IoHarness.TempDir();
        Directory.CreateDirectory(Path.Combine(root, ".git"));
        File.WriteAllText(Path.Combine(root, ".git", "config"), "x");
        File.WriteAllText(Path.Combine(root, ".env"), "x");
        File.WriteAllText(Path.Combine(root, "a.txt"), "x");
        Assert.Equal(new[] { "a.txt" }, InputResolver.Resolve([root], null, root).Sources.Select(s => s.RelativePath));
        Assert.Equal(new[] { ".env" }, InputResolver.Resolve([".env"], null, root).Sources.Select(s => s.RelativePath));
    }
}
