using System.Text;
using System.Text.Json;
using PiiScan.Tests.Pipeline;
using Xunit;

namespace PiiScan.Tests.Dsr;

public class DsrEndToEndTests
{
    [Fact]
    public void Scan_WithKeyring_WritesSubjectIndexWithoutPlaintext()
    {
        var fx = DsrFixture.Create();
        var rows = CliHarness.ReadParquet(Path.Combine(fx.Out, "subjects.parquet"));
        Assert.NotEmpty(rows);
        Assert.Equal(["subject", "type", "source", "record", "field", "start", "end"], rows[0].Keys.ToArray());
        foreach (var row in rows)
        {
            foreach (var v in row.Values)
            {
                Assert.DoesNotContain("@example", v?.ToString() ?? "", StringComparison.OrdinalIgnoreCase);
            }
            Assert.Matches("^[0-9a-f]{64}$", (string)row["subject"]!);
        }
        var manifest = File.ReadAllText(Path.Combine(fx.Out, "subjects.json"));
        Assert.Contains(JsonEncodedText.Encode(fx.Inputs).ToString(), manifest);
        Assert.DoesNotContain(DsrFixture.Email, manifest);
    }

    [Fact]
    public void Find_PlantedSubject_ReturnsExactlyThePlantedLocations()
    {
        var fx = DsrFixture.Create();
        Assert.Equal(DsrFixture.Planted.OrderBy(p => p.Source, StringComparer.Ordinal).ThenBy(p => p.Record).ToList(), fx.Find(fx.Out));
    }

    [Fact]
    public void Find_TextOutput_CountsPerSourceAndNothingAboutOthers()
    {
        var fx = DsrFixture.Create();
        var (code, stdout, stderr) = CliHarness.Run("dsr", "find", "--index", fx.Out, "--keys", fx.Keys, "--email", "JANE.SUBJECT@example.com ");
        Assert.True(code == 0, stderr);
        Assert.Contains("Subject found in 4 locations, 4 records, 3 sources.", stdout);
        Assert.DoesNotContain("record 22", stdout);
        Assert.DoesNotContain("@", stdout);
    }

    [Fact]
    public void Find_AfterKeyRotation_UsesTheIndexKey()
    {
        var fx = DsrFixture.Create();
        Assert.Equal(0, CliHarness.Run("keys", "rotate", "--keys", fx.Keys).ExitCode);
        Assert.Equal(5, fx.Find(fx.Out).Count);
    }

    [Fact]
    public void Find_NameWithoutNerIndex_WarnsAndFindsNothing()
    {
        var fx = DsrFixture.Create();
        var (code, stdout, stderr) = CliHarness.Run("dsr", "find", "--index", fx.Out, "--keys", fx.Keys, "--name", "Jane Subject");
        Assert.Equal(0, code);
        Assert.Contains("no PERSON entries", stderr);
        Assert.Contains("Subject found in 0 locations", stdout);
    }

    [Fact]
    public void Find_UnknownSubject_FindsNothing()
    {
        var fx = DsrFixture.Create();
        var (code, stdout, _) = CliHarness.Run("dsr", "find", "--index", fx.Out, "--keys", fx.Keys, "--email", "nobody@example.com", "--json");
        Assert.Equal(0, code);
        Assert.Equal(0, JsonDocument.Parse(stdout).RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public void Find_ScanWithoutKeyring_ExplainsHowToBuildTheIndex()
    {
        var fx = DsrFixture.Create();
        var plain = Path.Combine(fx.Dir, "plain");
        Assert.Equal(0, CliHarness.Run("scan", fx.Inputs, "--out", plain, "--quiet", "--no-ner").ExitCode);
        Assert.False(File.Exists(Path.Combine(plain, "subjects.parquet")));
        var (code, _, stderr) = CliHarness.Run("dsr", "find", "--index", plain, "--keys", fx.Keys, "--email", DsrFixture.Email);
        Assert.Equal(2, code);
        Assert.Contains("No subject index", stderr);
        Assert.Single(stderr.Trim().Split('\n'));
    }

    [Fact]
    public void Find_NoIdentifier_IsUsageError()
    {
        var fx = DsrFixture.Create();
        var (code, _, stderr) = CliHarness.Run("dsr", "find", "--index", fx.Out, "--keys", fx.Keys);
        Assert.Equal(2, code);
        Assert.Contains("at least one identifier", stderr);
    }

    [Fact]
    public void Export_PlantedSubject_BundleHasEveryRecordAndManifest()
    {
        var fx = DsrFixture.Create();
        var bundle = Path.Combine(fx.Dir, "bundle");
        var (code, _, stderr) = CliHarness.Run("dsr", "export", "--index", fx.Out, "--keys", fx.Keys, "--email", DsrFixture.Email, "--phone", DsrFixture.Phone, "--out", bundle, "--request-id", "REQ-1");
        Assert.True(code == 0, stderr);
        var lines = File.ReadAllLines(Path.Combine(bundle, "records.jsonl"));
        Assert.Equal(5, lines.Length);
        var records = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var keys = records.Select(r => (r.GetProperty("source").GetString(), r.GetProperty("record").GetInt64())).ToHashSet();
        Assert.Equal(DsrFixture.Planted.Select(p => ((string?)p.Source, p.Record)).ToHashSet(), keys);
        var jsonl = File.ReadAllLines(fx.Jsonl);
        var r3 = records.Single(r => r.GetProperty("source").GetString() == "logs/app.jsonl" && r.GetProperty("record").GetInt64() == 3);
        Assert.Equal(JsonDocument.Parse(jsonl[3]).RootElement.GetRawText(), r3.GetProperty("data").GetRawText());
        var csv = records.Single(r => r.GetProperty("source").GetString() == "customers.csv");
        Assert.Equal(DsrFixture.Email, csv.GetProperty("data").GetProperty("email").GetString());
        Assert.Equal("5", csv.GetProperty("data").GetProperty("id").GetString());
        var text = records.Single(r => r.GetProperty("source").GetString() == "notes.txt");
        Assert.Equal(File.ReadAllLines(fx.Text)[7], text.GetProperty("data").GetProperty("text").GetString());

        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(bundle, "manifest.json")));
        var m = manifest.RootElement;
        Assert.Equal("REQ-1", m.GetProperty("request_id").GetString());
        Assert.Equal(3, m.GetProperty("records_by_source").GetProperty("logs/app.jsonl").GetInt64());
        Assert.Equal(5, m.GetProperty("records").GetInt64());
        Assert.Equal(new[] { "records.jsonl", "manifest.json" }, m.GetProperty("files").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.Equal(2, m.GetProperty("identifiers").GetArrayLength());
        Assert.DoesNotContain(DsrFixture.Email, File.ReadAllText(Path.Combine(bundle, "manifest.json")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Export_InputsMoved_NeedsAndHonoursInputsOption()
    {
        var fx = DsrFixture.Create();
        var moved = Path.Combine(fx.Dir, "moved");
        Directory.Move(fx.Inputs, moved);
        var bundle = Path.Combine(fx.Dir, "bundle");
        var (code, _, stderr) = CliHarness.Run("dsr", "export", "--index", fx.Out, "--keys", fx.Keys, "--email", DsrFixture.Email, "--out", bundle);
        Assert.Equal(2, code);
        Assert.Contains("--inputs", stderr);
        (code, _, stderr) = CliHarness.Run("dsr", "export", "--index", fx.Out, "--keys", fx.Keys, "--email", DsrFixture.Email, "--out", bundle, "--inputs", moved);
        Assert.True(code == 0, stderr);
        Assert.Equal(4, File.ReadAllLines(Path.Combine(bundle, "records.jsonl")).Length);
    }

    [Fact]
    public void EraseRedact_PlantedSubject_RescanFindsNothingAndOtherRecordsUnchanged()
    {
        var fx = DsrFixture.Create();
        var before = fx.Snapshot();
        var (code, _, stderr) = CliHarness.Run("dsr", "erase", "--index", fx.Out, "--keys", fx.Keys, "--email", DsrFixture.Email, "--phone", DsrFixture.Phone, "--mode", "redact", "--request-id", "REQ-2");
        Assert.True(code == 0, stderr);
        AssertOnlyRecordsChanged(before, fx, removed: false);
        var jsonl = File.ReadAllLines(fx.Jsonl);
        Assert.Contains("\"email\":\"<EMAIL_ADDRESS>\"", jsonl[3]);
        Assert.Equal("call me back on <PHONE_NUMBER> tomorrow", JsonDocument.Parse(jsonl[22]).RootElement.GetProperty("msg").GetString());
        AssertNoTrace(fx);
        var audit = Assert.Single(File.ReadAllLines(Path.Combine(fx.Out, "dsr-audit.jsonl")));
        using var a = JsonDocument.Parse(audit);
        Assert.Equal("REQ-2", a.RootElement.GetProperty("request_id").GetString());
        Assert.Equal("redact", a.RootElement.GetProperty("mode").GetString());
        Assert.Equal(3, a.RootElement.GetProperty("counts_by_source").GetProperty("logs/app.jsonl").GetInt64());
        Assert.DoesNotContain("jane", audit, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("555-0123", audit);
        Assert.DoesNotContain("4155550123", audit);
    }

    [Fact]
    public void EraseDeleteRecord_PlantedSubject_DropsOnlyThoseRecords()
    {
        var fx = DsrFixture.Create();
        var before = fx.Snapshot();
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(fx.Csv, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        var (code, _, stderr) = CliHarness.Run("dsr", "erase", "--index", fx.Out, "--keys", fx.Keys, "--email", DsrFixture.Email, "--phone", DsrFixture.Phone, "--mode", "delete-record");
        Assert.True(code == 0, stderr);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(fx.Csv));
        }
        AssertOnlyRecordsChanged(before, fx, removed: true);
        Assert.Equal(27, File.ReadAllLines(fx.Jsonl).Length);
        Assert.Equal("id,name,email,plan", File.ReadAllLines(fx.Csv)[0]);
        AssertNoTrace(fx);
        Assert.Empty(Directory.EnumerateFiles(fx.Inputs, ".*tmp*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Erase_FileChangedSinceScan_RefusesAndChangesNothing()
    {
        var fx = DsrFixture.Create();
        File.WriteAllText(fx.Jsonl, "{\"id\":-1,\"msg\":\"inserted later\"}\n" + File.ReadAllText(fx.Jsonl));
        var before = fx.Snapshot();
        var (code, _, stderr) = CliHarness.Run("dsr", "erase", "--index", fx.Out, "--keys", fx.Keys, "--email", DsrFixture.Email, "--mode", "delete-record");
        Assert.Equal(2, code);
        Assert.Contains("changed since the scan", stderr);
        Assert.DoesNotContain(DsrFixture.Email, stderr);
        var after = fx.Snapshot();
        Assert.All(before, p => Assert.Equal(p.Value, after[p.Key]));
    }

    /// <summary>Every file's lines equal the original lines, except the planted records (changed or removed).</summary>
    private static void AssertOnlyRecordsChanged(Dictionary<string, byte[]> before, DsrFixture fx, bool removed)
    {
        var after = fx.Snapshot();
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (rel, bytes) in before)
        {
            var source = rel.Replace('\\', '/');
            var header = source.EndsWith(".csv", StringComparison.Ordinal) ? 1 : 0;
            var planted = DsrFixture.Planted.Where(p => p.Source == source).Select(p => p.Record + header).ToHashSet();
            var old = Encoding.UTF8.GetString(bytes).Split('\n');
            var now = Encoding.UTF8.GetString(after[rel]).Split('\n');
            var expected = old.Where((_, i) => !planted.Contains(i)).ToList();
            var actual = removed ? now.ToList() : now.Where((_, i) => !planted.Contains(i)).ToList();
            Assert.Equal(expected, actual);
            Assert.Equal(old.Length - (removed ? planted.Count : 0), now.Length);
        }
    }

    private static void AssertNoTrace(DsrFixture fx)
    {
        foreach (var file in Directory.EnumerateFiles(fx.Inputs, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain(DsrFixture.Email, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("555-0123", text);
        }
        var rescan = Path.Combine(fx.Dir, "rescan");
        var (code, _, stderr) = CliHarness.Run("scan", fx.Inputs, "--out", rescan, "--keys", fx.Keys, "--quiet", "--no-ner");
        Assert.True(code == 0, stderr);
        Assert.Empty(fx.Find(rescan));
    }
}
