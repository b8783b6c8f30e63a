using System.IO.Compression;
using System.Text;
using PiiScan.Text;
using Xunit;

namespace PiiScan.Tests.Pipeline;

/// <summary>End-to-end scans through the command line on small fake inputs.</summary>
public class ScanEndToEndTests
{
    private const string Email = "jane.doe@example.com";
    private const string Card = "4111 1111 1111 1111";
    private const string Ip = "203.0.113.42";

    [Theory]
    [InlineData("none")]
    [InlineData("gzip")]
    [InlineData("zstd")]
    public void Scan_Jsonl_RedactsOnlyPiiAndKeepsStructure(string compression)
    {
        var dir = TestPaths.NewTempDir();
        var input = Path.Combine(dir, "in");
        Directory.CreateDirectory(input);
        var lines = new[]
        {
            $$"""{"id":1,"user":{"email":"{{Email}}","n":null},"request":{"messages":[{"role":"user","content":"😀 用户 card {{Card}} from {{Ip}}"}]},"x":1.50}""",
            """{"id":2,"note":"nothing here","nested":[1,2,{"k":"v"}]}""",
            $$"""{"id":3,"text":"mail me: {{Email}}"}""",
        };
        var name = compression switch { "gzip" => "logs.jsonl.gz", "zstd" => "logs.jsonl.zst", _ => "logs.jsonl" };
        WriteCompressed(Path.Combine(input, name), string.Join("\n", lines) + "\n", compression);

        var outDir = Path.Combine(dir, "out");
        var (code, _, stderr) = CliHarness.Run("scan", input, "--out", outDir, "--quiet", "--findings-jsonl", "--findings-include-text");
        Assert.True(code == 0, stderr);

        var redacted = ReadDecompressed(Path.Combine(outDir, "redacted", name), compression).Split('\n');
        Assert.Equal(lines[1], redacted[1]);
        Assert.Equal("""{"id":1,"user":{"email":"<EMAIL_ADDRESS>","n":null},"request":{"messages":[{"role":"user","content":"😀 用户 card <CREDIT_CARD> from <IP_ADDRESS>"}]},"x":1.50}""", redacted[0]);
        Assert.Equal("""{"id":3,"text":"mail me: <EMAIL_ADDRESS>"}""", redacted[2]);

        var findings = CliHarness.ReadParquet(Path.Combine(outDir, "findings.parquet"), "record, start");
        Assert.Equal(4, findings.Count);
        foreach (var f in findings)
        {
            Assert.Equal(name, f["source"]);
            var original = OriginalValue(lines[(int)(long)f["record"]!], (string)f["field"]!);
            var start = CodePoints.ToUtf16Index(original, (int)f["start"]!);
            var end = CodePoints.ToUtf16Index(original, (int)f["end"]!);
            Assert.Equal(f["text"], original[start..end]);
        }
        var content = findings.Single(f => (string)f["type"]! == "CREDIT_CARD");
        Assert.Equal("request.messages[0].content", content["field"]);
        Assert.Equal(10, content["start"]); // "😀 用户 card ": the emoji is one code point (two UTF-16 units).
        Assert.Equal(2, File.ReadAllLines(Path.Combine(outDir, "findings.jsonl")).Count(l => l.Contains("EMAIL_ADDRESS")));

        using var report = CliHarness.ReadReport(outDir);
        var records = report.RootElement.GetProperty("records");
        Assert.Equal(3, records.GetProperty("read").GetInt64());
        Assert.Equal(3, records.GetProperty("written").GetInt64());
        Assert.Equal(0, records.GetProperty("quarantined").GetInt64());
        Assert.Equal(2, records.GetProperty("with_findings").GetInt64());
        Assert.Equal(4, report.RootElement.GetProperty("findings").GetProperty("total").GetInt64());
        Assert.Equal(2, report.RootElement.GetProperty("findings").GetProperty("by_type").GetProperty("EMAIL_ADDRESS").GetInt64());
        Assert.Equal(2, report.RootElement.GetProperty("findings").GetProperty("by_field").GetProperty("request.messages[*].content").GetInt64());
        Assert.DoesNotContain(Email, File.ReadAllText(Path.Combine(outDir, "report.json")));
    }

    [Fact]
    public void Scan_Csv_OnlySelectedColumnsChange()
    {
        var dir = TestPaths.NewTempDir();
        var csv = Path.Combine(dir, "people.csv");
        var content = $"id,email,notes\r\n1,{Email},\"says \"\"hi\"\" from {Ip}\"\r\n2,none,plain\r\n";
        File.WriteAllText(csv, content);
        var outDir = Path.Combine(dir, "out");
        var (code, _, stderr) = CliHarness.Run("scan", csv, "--out", outDir, "--quiet", "--fields", "email");
        Assert.True(code == 0, stderr);
        var redacted = File.ReadAllText(Path.Combine(outDir, "redacted", "people.csv"));
        Assert.Equal($"id,email,notes\r\n1,<EMAIL_ADDRESS>,\"says \"\"hi\"\" from {Ip}\"\r\n2,none,plain\r\n", redacted);
        var findings = CliHarness.ReadParquet(Path.Combine(outDir, "findings.parquet"));
        var f = Assert.Single(findings);
        Assert.Equal("email", f["field"]);
        Assert.Equal(0L, f["record"]);
    }

    [Fact]
    public void Scan_TextAndParquetOutput_DuckDbReadsRedactedRows()
    {
        var dir = TestPaths.NewTempDir();
        var txt = Path.Combine(dir, "chat.txt");
        File.WriteAllText(txt, $"hello\nreach me at {Email}\n");
        var outDir = Path.Combine(dir, "out");
        var (code, _, stderr) = CliHarness.Run("scan", txt, "--out", outDir, "--quiet", "--output-format", "parquet");
        Assert.True(code == 0, stderr);
        var rows = CliHarness.ReadParquet(Path.Combine(outDir, "redacted", "chat.txt.parquet"), "record");
        Assert.Equal(["hello", "reach me at <EMAIL_ADDRESS>"], rows.Select(r => (string)r["text"]!));
    }

    [Fact]
    public void Scan_Samples_ParquetInputRedactedWithSameSchema()
    {
        var outDir = Path.Combine(TestPaths.NewTempDir(), "out");
        var (code, _, stderr) = CliHarness.Run("scan", Path.Combine(TestPaths.RepoRoot, "samples"), "--out", outDir, "--quiet");
        Assert.True(code == 0, stderr);
        var original = CliHarness.ReadParquet(Path.Combine(TestPaths.RepoRoot, "samples", "tickets.parquet"), "ticket_id");
        var redacted = CliHarness.ReadParquet(Path.Combine(outDir, "redacted", "tickets.parquet"), "ticket_id");
        Assert.Equal(original.Count, redacted.Count);
        Assert.Equal(original[0].Keys, redacted[0].Keys);
        for (var i = 0; i < original.Count; i++)
        {
            Assert.Equal(original[i]["ticket_id"], redacted[i]["ticket_id"]);
            Assert.Equal(original[i]["priority"], redacted[i]["priority"]);
            Assert.Equal("<EMAIL_ADDRESS>", redacted[i]["email"]);
        }
        Assert.True(File.Exists(Path.Combine(outDir, "redacted", "logs", "inference-2026-11.jsonl.gz")));
        Assert.True(File.Exists(Path.Combine(outDir, "redacted", "customers.csv")));
    }

    [Fact]
    public void Scan_SameInputsTwice_ByteIdenticalOutputs()
    {
        var samples = Path.Combine(TestPaths.RepoRoot, "samples");
        var a = Path.Combine(TestPaths.NewTempDir(), "a");
        var b = Path.Combine(TestPaths.NewTempDir(), "b");
        Assert.Equal(0, CliHarness.Run("scan", samples, "--out", a, "--quiet", "--threads", "1", "--findings-jsonl").ExitCode);
        Assert.Equal(0, CliHarness.Run("scan", samples, "--out", b, "--quiet", "--threads", "4", "--findings-jsonl").ExitCode);
        var filesA = Directory.GetFiles(a, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(a, p)).Where(p => !p.StartsWith("report.", StringComparison.Ordinal)).Order().ToArray();
        var filesB = Directory.GetFiles(b, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(b, p)).Where(p => !p.StartsWith("report.", StringComparison.Ordinal)).Order().ToArray();
        Assert.Equal(filesA, filesB);
        Assert.Contains("findings.parquet", filesA);
        foreach (var f in filesA)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(a, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b, f))), f);
        }
    }

    internal static void WriteCompressed(string path, string text, string compression)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        using var fs = File.Create(path);
        switch (compression)
        {
            case "gzip":
                using (var gz = new GZipStream(fs, CompressionLevel.Fastest))
                {
                    gz.Write(bytes);
                }
                break;
            case "zstd":
                using (var z = new ZstdSharp.CompressionStream(fs))
                {
                    z.Write(bytes);
                }
                break;
            default:
                fs.Write(bytes);
                break;
        }
    }

    internal static string ReadDecompressed(string path, string compression)
    {
        using var fs = File.OpenRead(path);
        Stream s = compression switch
        {
            "gzip" => new GZipStream(fs, CompressionMode.Decompress),
            "zstd" => new ZstdSharp.DecompressionStream(fs),
            _ => fs,
        };
        using var reader = new StreamReader(s, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static string OriginalValue(string line, string path)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(line);
        var e = doc.RootElement;
        foreach (var part in path.Replace("[", ".[").Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            e = part.StartsWith('[') ? e[int.Parse(part[1..^1])] : e.GetProperty(part);
        }
        return e.GetString()!;
    }
}
