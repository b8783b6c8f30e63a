using System.Text.Json;
using Bogus;
using PiiScan.Tests.Pipeline;
using Xunit;

namespace PiiScan.Tests.Scrub;

public class ScrubDatasetTests
{
    private static readonly string[] Planted = ["ann.planted@example.com", "(415) 555-0177", "4111 1111 1111 1111", "198.51.100.23", "bo.secret@example.com"];

    private static (string Dir, string Input, List<string> Lines) Generate()
    {
        var dir = TestPaths.NewTempDir();
        var f = new Faker("en") { Random = new Randomizer(4242) };
        var lines = new List<string>();
        for (var i = 0; i < 24; i++)
        {
            var consent = i % 6 == 5 ? "false" : i % 6 == 4 ? "null" : "true";
            var pii = Planted[i % Planted.Length];
            if (i % 2 == 0)
            {
                lines.Add("{\"messages\":[{\"role\":\"system\",\"content\":\"You are a support bot.\"},{\"role\":\"user\",\"content\":\"" + f.Lorem.Sentence() + " my contact is " + pii
                    + "\"},{\"role\":\"assistant\",\"content\":\"Noted, " + f.Lorem.Word() + ".\"}],\"metadata\":{\"training_opt_in\":" + consent + ",\"source\":\"s" + i + "\"},\"weight\":1}");
            }
            else
            {
                lines.Add("{\"prompt\":\"Customer " + pii + " asks: " + f.Lorem.Sentence() + "\",\"completion\":\" " + f.Lorem.Sentence() + "\",\"metadata\":{\"training_opt_in\":" + consent + "}}");
            }
        }
        lines.Add("{not json");
        lines.Add("""{"text":"no known shape","metadata":{"training_opt_in":true}}""");
        lines.Add("""{"messages":[{"role":"user","content":{"weird":"ann.planted@example.com"}}],"metadata":{"training_opt_in":true}}""");
        var input = Path.Combine(dir, "train.jsonl");
        File.WriteAllText(input, string.Join("\n", lines) + "\n");
        return (dir, input, lines);
    }

    [Fact]
    public void ScrubDataset_PlantedPiiAndConsent_OutputCleanValidAndCounted()
    {
        var (dir, input, lines) = Generate();
        var output = Path.Combine(dir, "clean.jsonl");
        var (code, stdout, stderr) = CliHarness.Run("scrub-dataset", input, "--out", output, "--consent-field", "metadata.training_opt_in", "--no-ner");
        Assert.True(code == 0, stderr);
        var text = File.ReadAllText(output);
        foreach (var p in Planted)
        {
            Assert.DoesNotContain(p, text);
        }
        var kept = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(16, kept.Count);
        foreach (var r in kept)
        {
            Assert.True(r.GetProperty("metadata").GetProperty("training_opt_in").GetBoolean());
            if (r.TryGetProperty("messages", out var messages))
            {
                Assert.Equal(new[] { "system", "user", "assistant" }, messages.EnumerateArray().Select(m => m.GetProperty("role").GetString()!).ToArray());
                Assert.Equal("You are a support bot.", messages[0].GetProperty("content").GetString());
                Assert.Equal(1, r.GetProperty("weight").GetInt32());
                Assert.Matches("<[A-Z_]+>$", messages[1].GetProperty("content").GetString()!);
            }
            else
            {
                Assert.StartsWith("Customer <", r.GetProperty("prompt").GetString());
                Assert.StartsWith(" ", r.GetProperty("completion").GetString());
            }
        }
        // Non-consenting records never reach the output.
        var sources = kept.Where(r => r.TryGetProperty("messages", out _)).Select(r => r.GetProperty("metadata").GetProperty("source").GetString()).ToHashSet();
        Assert.DoesNotContain("s4", sources);
        Assert.Contains("s0", sources);

        using var report = JsonDocument.Parse(File.ReadAllBytes(output + ".report.json"));
        var records = report.RootElement.GetProperty("records");
        Assert.Equal(16, records.GetProperty("kept").GetInt64());
        Assert.Equal(8, records.GetProperty("dropped_no_consent").GetInt64());
        Assert.Equal(1, records.GetProperty("dropped_unparseable").GetInt64());
        Assert.Equal(1, records.GetProperty("dropped_unknown_format").GetInt64());
        Assert.Equal(1, records.GetProperty("dropped_unsafe").GetInt64());
        Assert.Equal(lines.Count, report.RootElement.GetProperty("read").GetInt64());
        Assert.Contains("kept: 16", stdout);
        Assert.DoesNotContain("@example.com", File.ReadAllText(output + ".report.json"));
    }

    [Fact]
    public void ScrubDataset_WithoutConsentField_KeepsEveryValidRecord()
    {
        var (dir, input, _) = Generate();
        var output = Path.Combine(dir, "clean.jsonl");
        var (code, _, stderr) = CliHarness.Run("scrub-dataset", input, "--out", output, "--no-ner", "--operator", "mask");
        Assert.True(code == 0, stderr);
        Assert.Equal(24, File.ReadAllLines(output).Length);
        var text = File.ReadAllText(output);
        foreach (var p in Planted)
        {
            Assert.DoesNotContain(p, text);
        }
    }

    [Fact]
    public void ScrubDataset_GzipOutputName_WritesGzip()
    {
        var (dir, input, _) = Generate();
        var output = Path.Combine(dir, "clean.jsonl.gz");
        var (code, _, stderr) = CliHarness.Run("scrub-dataset", input, "--out", output, "--no-ner");
        Assert.True(code == 0, stderr);
        using var gz = new System.IO.Compression.GZipStream(File.OpenRead(output), System.IO.Compression.CompressionMode.Decompress);
        var lines = new StreamReader(gz).ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(24, lines.Length);
        Assert.All(lines, l => JsonDocument.Parse(l));
    }

    [Fact]
    public void ScrubDataset_MissingInput_IsUsageErrorAndNoOutput()
    {
        var dir = TestPaths.NewTempDir();
        var (code, _, stderr) = CliHarness.Run("scrub-dataset", Path.Combine(dir, "nope.jsonl"), "--out", Path.Combine(dir, "o.jsonl"), "--no-ner");
        Assert.Equal(2, code);
        Assert.Contains("does not exist", stderr);
        Assert.False(File.Exists(Path.Combine(dir, "o.jsonl")));
    }
}
