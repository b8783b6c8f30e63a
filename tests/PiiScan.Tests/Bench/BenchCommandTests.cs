using System.Text.Json;
using PiiScan.Cli;
using PiiScan.Inference.Gpu;
using PiiScan.Tests.Pipeline;
using Xunit;

namespace PiiScan.Tests.Bench;

public class BenchCommandTests
{
    [Fact]
    public void SmallCpuRun_WritesDocumentedJson()
    {
        var dir = TestPaths.NewTempDir();
        var json = Path.Combine(dir, "bench.json");
        var (code, stdout, stderr) = CliHarness.Run("bench", "--size", "2MB", "--devices", "cpu", "--json", json, "--no-ner", "--threads", "2", "--quiet", "--keep", Path.Combine(dir, "work"));
        Assert.True(code == 0, stderr);
        Assert.Contains("MB/s", stdout);
        Assert.Contains("NER: off", stdout);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var root = doc.RootElement;
        Assert.Equal("piiscan-bench/1", root.GetProperty("schema").GetString());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("date").GetString()));
        Assert.False(string.IsNullOrEmpty(root.GetProperty("version").GetString()));
        var machine = root.GetProperty("machine");
        Assert.False(string.IsNullOrEmpty(machine.GetProperty("cpu_model").GetString()));
        Assert.True(machine.GetProperty("cores").GetInt32() >= 1);
        Assert.True(machine.TryGetProperty("gpu", out _));
        var options = root.GetProperty("options");
        Assert.Equal(2_000_000, options.GetProperty("size_bytes").GetInt64());
        Assert.False(options.GetProperty("ner").GetBoolean());
        Assert.Equal(4, root.GetProperty("corpus").GetProperty("files").GetInt32());
        var result = Assert.Single(root.GetProperty("results").EnumerateArray().ToList());
        Assert.Equal("cpu", result.GetProperty("device").GetString());
        Assert.True(result.GetProperty("mb_per_s").GetDouble() > 0);
        Assert.True(result.GetProperty("records_per_s").GetDouble() > 0);
        Assert.True(result.GetProperty("findings").GetInt64() > 0);
        Assert.Equal(0, result.GetProperty("ner_tokens").GetInt64());
        Assert.True(result.GetProperty("peak_rss_bytes").GetInt64() > 0);
        var stages = result.GetProperty("stage_seconds");
        foreach (var s in new[] { "read", "tokenize", "inference", "patterns", "operators", "write" })
        {
            Assert.True(stages.GetProperty(s).GetDouble() >= 0);
        }
        Assert.True(stages.GetProperty("patterns").GetDouble() > 0);
        Assert.Empty(root.GetProperty("comparisons").EnumerateArray());
        Assert.True(File.Exists(Path.Combine(dir, "work", "out-cpu", "findings.parquet")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(dir, "work", "out-cpu", "redacted"), "*.parquet", SearchOption.AllDirectories));
    }

    [Fact]
    public void CudaWithoutGpu_ClearError()
    {
        if (IlgpuBackend.CudaAvailable())
        {
            return;
        }
        var (code, _, stderr) = CliHarness.Run("bench", "--size", "1MB", "--devices", "cpu,cuda", "--no-ner", "--quiet");
        Assert.Equal(2, code);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.Contains("no CUDA device", stderr);
    }

    [Fact]
    public void DefaultDevices_SkipCudaWithNote_WhenNoGpu()
    {
        if (IlgpuBackend.CudaAvailable())
        {
            return;
        }
        var json = Path.Combine(TestPaths.NewTempDir(), "b.json");
        var (code, stdout, stderr) = CliHarness.Run("bench", "--size", "300KB", "--no-ner", "--quiet", "--json", json);
        Assert.True(code == 0, stderr);
        Assert.Contains("cuda skipped", stdout);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Contains(doc.RootElement.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("cuda skipped", StringComparison.Ordinal));
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("machine").GetProperty("gpu").ValueKind);
    }

    [Fact]
    public void TwoDevices_FindingsCompared()
    {
        var json = Path.Combine(TestPaths.NewTempDir(), "b.json");
        var (code, stdout, stderr) = CliHarness.Run("bench", "--size", "300KB", "--devices", "cpu,ilgpu-cpu", "--no-ner", "--quiet", "--json", json);
        Assert.True(code == 0, stderr);
        Assert.Contains("slow", stderr);
        Assert.Contains("findings cpu vs ilgpu-cpu: identical", stdout);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var c = Assert.Single(doc.RootElement.GetProperty("comparisons").EnumerateArray().ToList());
        Assert.True(c.GetProperty("identical").GetBoolean());
        Assert.Equal(0, c.GetProperty("only_in_first").GetInt64());
        Assert.True(c.GetProperty("rows").GetInt64() > 0);
        Assert.Equal(2, doc.RootElement.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public void UnknownDevice_ClearError()
    {
        var (code, _, stderr) = CliHarness.Run("bench", "--size", "1MB", "--devices", "tpu", "--no-ner", "--quiet");
        Assert.Equal(2, code);
        Assert.Contains("Unknown device 'tpu'", stderr);
    }

    [Theory]
    [InlineData("200MB", 200_000_000)]
    [InlineData("1GB", 1_000_000_000)]
    [InlineData("512KiB", 524_288)]
    [InlineData("1.5MB", 1_500_000)]
    public void ParseSize(string text, long bytes) => Assert.Equal(bytes, BenchCommand.ParseSize(text));

    [Fact]
    public void ParseSize_Bad_IsUserError() => Assert.Throws<PiiScanException>(() => BenchCommand.ParseSize("lots"));
}
