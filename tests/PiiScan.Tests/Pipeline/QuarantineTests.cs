using System.IO.Compression;
using System.Text;
using Xunit;

namespace PiiScan.Tests.Pipeline;

/// <summary>Bad input is quarantined with a reason, the run goes on, and read = written + quarantined.</summary>
public class QuarantineTests
{
    [Fact]
    public void Scan_BadJsonlLines_QuarantinedAndRestWritten()
    {
        var dir = TestPaths.NewTempDir();
        var input = Path.Combine(dir, "bad.jsonl");
        using (var fs = File.Create(input))
        {
            fs.Write("{\"a\":\"x@example.com\"}\n"u8);
            fs.Write("{\"a\": broken\n"u8);
            fs.Write([(byte)'{', (byte)'"', (byte)'a', (byte)'"', (byte)':', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)'}', (byte)'\n']);
            fs.Write("{\"a\":\"ok\"}\n"u8);
        }
        var outDir = Path.Combine(dir, "out");
        var (code, _, stderr) = CliHarness.Run("scan", input, "--out", outDir, "--quiet");
        Assert.True(code == 3, stderr);
        var quarantine = File.ReadAllLines(Path.Combine(outDir, "quarantine.jsonl"));
        Assert.Equal(2, quarantine.Length);
        Assert.Contains("\"record\":1", quarantine[0]);
        Assert.Contains("invalid JSON", quarantine[0]);
        Assert.Contains("\"record\":2", quarantine[1]);
        Assert.Contains("UTF-8", quarantine[1]);
        Assert.Equal(["{\"a\":\"<EMAIL_ADDRESS>\"}", "{\"a\":\"ok\"}"], File.ReadAllLines(Path.Combine(outDir, "redacted", "bad.jsonl")));
        AssertInvariant(outDir, read: 4, quarantined: 2);
    }

    [Fact]
    public void Scan_TruncatedGzip_CompleteRecordsKeptRestQuarantined()
    {
        var dir = TestPaths.NewTempDir();
        var sb = new StringBuilder();
        for (var i = 0; i < 5000; i++)
        {
            sb.Append("{\"i\":").Append(i).Append(",\"t\":\"row ").Append(i).Append(" padding padding padding\"}\n");
        }
        var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true))
        {
            gz.Write(Encoding.UTF8.GetBytes(sb.ToString()));
        }
        var input = Path.Combine(dir, "cut.jsonl.gz");
        File.WriteAllBytes(input, ms.ToArray()[..(int)(ms.Length / 2)]);
        var outDir = Path.Combine(dir, "out");
        var (code, _, stderr) = CliHarness.Run("scan", input, "--out", outDir, "--quiet");
        Assert.True(code == 3, stderr);
        var quarantine = File.ReadAllLines(Path.Combine(outDir, "quarantine.jsonl"));
        Assert.Contains(quarantine, l => l.Contains("unreadable input"));
        using var report = CliHarness.ReadReport(outDir);
        var records = report.RootElement.GetProperty("records");
        Assert.Equal(records.GetProperty("read").GetInt64(), records.GetProperty("written").GetInt64() + records.GetProperty("quarantined").GetInt64());
        Assert.True(records.GetProperty("written").GetInt64() > 0);
    }

    [Fact]
    public void Scan_UnbalancedCsvQuote_Quarantined()
    {
        var dir = TestPaths.NewTempDir();
        var input = Path.Combine(dir, "q.csv");
        File.WriteAllText(input, "a,b\n1,ok\n2,\"never closed\n3,x\n");
        var outDir = Path.Combine(dir, "out");
        var (code, _, stderr) = CliHarness.Run("scan", input, "--out", outDir, "--quiet");
        Assert.True(code == 3, stderr);
        Assert.Contains("quote", File.ReadAllText(Path.Combine(outDir, "quarantine.jsonl")));
        using var report = CliHarness.ReadReport(outDir);
        var records = report.RootElement.GetProperty("records");
        Assert.Equal(records.GetProperty("read").GetInt64(), records.GetProperty("written").GetInt64() + records.GetProperty("quarantined").GetInt64());
    }

    [Fact]
    public void Scan_HugeSingleLine_QuarantinedWithReason()
    {
        var dir = TestPaths.NewTempDir();
        var input = Path.Combine(dir, "huge.jsonl");
        using (var fs = File.Create(input))
        {
            fs.Write("{\"a\":\"x@example.com\"}\n{\"big\":\""u8);
            var chunk = new byte[1 << 20];
            chunk.AsSpan().Fill((byte)'x');
            for (var i = 0; i < 50; i++)
            {
                fs.Write(chunk);
            }
            fs.Write("\"}\n{\"a\":\"y@example.com\"}\n"u8);
        }
        var outDir = Path.Combine(dir, "out");
        var (code, _, stderr) = CliHarness.Run("scan", input, "--out", outDir, "--quiet");
        Assert.True(code == 3, stderr);
        var q = Assert.Single(File.ReadAllLines(Path.Combine(outDir, "quarantine.jsonl")));
        Assert.Contains("max record size", q);
        Assert.Contains("\"record\":1", q);
        AssertInvariant(outDir, read: 3, quarantined: 1);
        Assert.Equal(2, File.ReadAllLines(Path.Combine(outDir, "redacted", "huge.jsonl")).Length);
    }

    [Fact]
    public void Scan_EmptyFile_NoRecordsNoError()
    {
        var dir = TestPaths.NewTempDir();
        var input = Path.Combine(dir, "empty.jsonl");
        File.WriteAllBytes(input, []);
        var outDir = Path.Combine(dir, "out");
        var (code, _, stderr) = CliHarness.Run("scan", input, "--out", outDir, "--quiet");
        Assert.True(code == 0, stderr);
        Assert.Equal(0, new FileInfo(Path.Combine(outDir, "redacted", "empty.jsonl")).Length);
        AssertInvariant(outDir, read: 0, quarantined: 0);
    }

    private static void AssertInvariant(string outDir, long read, long quarantined)
    {
        using var report = CliHarness.ReadReport(outDir);
        var records = report.RootElement.GetProperty("records");
        Assert.Equal(read, records.GetProperty("read").GetInt64());
        Assert.Equal(quarantined, records.GetProperty("quarantined").GetInt64());
        Assert.Equal(read - quarantined, records.GetProperty("written").GetInt64());
    }
}
