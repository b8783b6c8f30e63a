using PiiScan.Tests.Pipeline;
using Xunit;

namespace PiiScan.Tests.Retention;

public class RetentionEndToEndTests
{
    private const string Now = "2026-12-01T00:00:00Z";

    private const string Policy = """
        version: 1
        categories:
          - name: inference
            match: {path: "logs/inference/**", field: "type", equals: "inference"}
            retain: 30d
            action: delete
            time_field: ts
          - name: api
            match: {path: "logs/**"}
            retain: 12m
            action: keep
          - name: support
            match: {path: "support/**"}
            retain: 2y
            action: redact
          - name: billing
            match: {path: "billing/**"}
            retain: 7y
            action: delete
          - name: accounts
            match: {path: "accounts/**"}
            retain: 90d
            after_field: closed_at
            action: delete
        """;

    private sealed record Setup(string Dir, string Inputs, string Out, string PolicyPath);

    private static Setup Create()
    {
        var dir = TestPaths.NewTempDir();
        var inputs = Path.Combine(dir, "in");
        var now = DateTime.Parse(Now, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);
        void Write(string rel, string text, DateTime mtime)
        {
            var path = Path.Combine(inputs, rel);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
            File.SetLastWriteTimeUtc(path, mtime);
        }
        var mixed = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            var type = i < 6 ? "inference" : "usage";
            var ts = i < 3 ? "2026-10-01T12:00:00Z" : "2026-11-20T12:00:00Z";
            mixed.Add($$"""{"type":"{{type}}","ts":"{{ts}}","user":"u{{i}}@example.com"}""");
        }
        Write("logs/inference/mixed.jsonl", string.Join("\n", mixed) + "\n", now.AddDays(-10));
        Write("billing/2018.csv", "invoice,email\n1,a@example.com\n2,b@example.com\n3,c@example.com\n", new DateTime(2018, 6, 1, 0, 0, 0, DateTimeKind.Utc));
        Write("billing/2024.csv", "invoice,email\n4,d@example.com\n", new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        Write("support/chat.txt", "hi, I am e.support@example.com\nthanks\ncall (415) 555-0142\nbye\n", new DateTime(2023, 6, 1, 0, 0, 0, DateTimeKind.Utc));
        Write("accounts/users.csv", "id,email,closed_at\n1,x@example.com,2026-08-01T00:00:00Z\n2,y@example.com,2026-11-01T00:00:00Z\n3,z@example.com,\n", now.AddDays(-1));
        Write("other/readme.txt", "nothing\n", new DateTime(2010, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var outDir = Path.Combine(dir, "out");
        var (code, _, stderr) = CliHarness.Run("scan", inputs, "--out", outDir, "--quiet", "--no-ner", "--no-redacted");
        Assert.True(code == 0, stderr);
        var policy = Path.Combine(dir, "retention.yaml");
        File.WriteAllText(policy, Policy);
        // The scan read the files; ages are by modification time, which reading does not change.
        return new Setup(dir, inputs, outDir, policy);
    }

    private static List<Dictionary<string, object?>> Plan(Setup s)
    {
        var (code, stdout, stderr) = CliHarness.Run("retention", "plan", "--policy", s.PolicyPath, "--index", s.Out, "--now", Now);
        Assert.True(code == 0, stderr);
        Assert.Contains("past retention", stdout);
        return CliHarness.ReadParquet(Path.Combine(s.Out, "retention-plan.parquet"), "source, category_order, partition");
    }

    private static Dictionary<string, object?> Row(List<Dictionary<string, object?>> rows, string source, string category, string partition) =>
        Assert.Single(rows, r => (string)r["source"]! == source && (string)r["category"]! == category && (string)r["partition"]! == partition);

    [Fact]
    public void Plan_FilesOfKnownAges_MatchesHandComputedExpectations()
    {
        var s = Create();
        var rows = Plan(s);
        Assert.Equal(10, rows.Count);

        var old = Row(rows, "logs/inference/mixed.jsonl", "inference", "2026-10-01");
        Assert.Equal((3L, 3L, "delete-records"), ((long)old["records"]!, (long)old["records_expired"]!, (string)old["planned"]!));
        Assert.Equal("2026-10-01T12:00:00Z", old["oldest"]);
        Assert.Equal("2026-11-01T00:00:00Z", old["cutoff"]);
        Assert.Equal("EMAIL_ADDRESS", old["pii_types"]);
        var recent = Row(rows, "logs/inference/mixed.jsonl", "inference", "2026-11-20");
        Assert.Equal((3L, 0L, "none"), ((long)recent["records"]!, (long)recent["records_expired"]!, (string)recent["planned"]!));
        var usage = Row(rows, "logs/inference/mixed.jsonl", "api", "");
        Assert.Equal((4L, 0L, "none"), ((long)usage["records"]!, (long)usage["records_expired"]!, (string)usage["planned"]!));

        var billingOld = Row(rows, "billing/2018.csv", "billing", "");
        Assert.Equal((3L, 3L, "delete-file"), ((long)billingOld["records"]!, (long)billingOld["records_expired"]!, (string)billingOld["planned"]!));
        Assert.Equal("none", Row(rows, "billing/2024.csv", "billing", "")["planned"]);

        var support = Row(rows, "support/chat.txt", "support", "");
        Assert.Equal((4L, 4L, "redact-records"), ((long)support["records"]!, (long)support["records_expired"]!, (string)support["planned"]!));
        Assert.Equal("EMAIL_ADDRESS,PHONE_NUMBER", support["pii_types"]);

        var closed = Row(rows, "accounts/users.csv", "accounts", "2026-08-01");
        Assert.Equal((1L, 1L, "delete-records"), ((long)closed["records"]!, (long)closed["records_expired"]!, (string)closed["planned"]!));
        Assert.Equal("none", Row(rows, "accounts/users.csv", "accounts", "2026-11-01")["planned"]);
        var open = Row(rows, "accounts/users.csv", "accounts", "");
        Assert.Equal((1L, 0L), ((long)open["records"]!, (long)open["records_expired"]!));
        Assert.Contains("never expire", (string)open["reason"]!);

        Assert.Equal("keep", Row(rows, "other/readme.txt", "(unmatched)", "")["action"]);

        var md = File.ReadAllText(Path.Combine(s.Out, "retention-plan.md"));
        Assert.Contains("| billing/2018.csv |", md);
        Assert.Contains("delete-file", md);
        Assert.DoesNotContain("@example.com", md);
    }

    [Fact]
    public void Apply_DryRun_ChangesNothing()
    {
        var s = Create();
        Plan(s);
        var before = Snapshot(s.Inputs);
        var (code, stdout, stderr) = CliHarness.Run("retention", "apply", "--plan", Path.Combine(s.Out, "retention-plan.parquet"));
        Assert.True(code == 0, stderr);
        Assert.Contains("would delete-file: billing/2018.csv", stdout);
        Assert.Contains("would redact-records: support/chat.txt", stdout);
        Assert.Equal(before, Snapshot(s.Inputs));
        Assert.Contains("\"executed\":false", File.ReadAllText(Path.Combine(s.Out, "retention-audit.jsonl")));
    }

    [Fact]
    public void Apply_Execute_DeletesDropsAndRedactsOnlyExpiredRecords()
    {
        var s = Create();
        Plan(s);
        var mixedBefore = File.ReadAllLines(Path.Combine(s.Inputs, "logs/inference/mixed.jsonl"));
        var supportMtime = File.GetLastWriteTimeUtc(Path.Combine(s.Inputs, "support/chat.txt"));
        var untouched = new[] { "billing/2024.csv", "other/readme.txt" }.ToDictionary(p => p, p => File.ReadAllBytes(Path.Combine(s.Inputs, p)));
        var (code, stdout, stderr) = CliHarness.Run("retention", "apply", "--plan", Path.Combine(s.Out, "retention-plan.parquet"), "--execute", "--no-ner");
        Assert.True(code == 0, stderr + stdout);

        Assert.False(File.Exists(Path.Combine(s.Inputs, "billing/2018.csv")));
        Assert.Equal(mixedBefore.Skip(3).ToArray(), File.ReadAllLines(Path.Combine(s.Inputs, "logs/inference/mixed.jsonl")));
        Assert.Equal(["id,email,closed_at", "2,y@example.com,2026-11-01T00:00:00Z", "3,z@example.com,"], File.ReadAllLines(Path.Combine(s.Inputs, "accounts/users.csv")));
        var support = File.ReadAllText(Path.Combine(s.Inputs, "support/chat.txt"));
        Assert.Equal("hi, I am <EMAIL_ADDRESS>\nthanks\ncall <PHONE_NUMBER>\nbye\n", support);
        Assert.Equal(supportMtime, File.GetLastWriteTimeUtc(Path.Combine(s.Inputs, "support/chat.txt")));
        foreach (var (p, bytes) in untouched)
        {
            Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(s.Inputs, p)));
        }
        var audit = File.ReadAllLines(Path.Combine(s.Out, "retention-audit.jsonl"));
        Assert.Contains("\"executed\":true", audit[^1]);
        Assert.Contains("\"source\":\"billing/2018.csv\",\"action\":\"delete-file\",\"records\":3", audit[^1]);
        Assert.DoesNotContain("@example.com", audit[^1]);
    }

    [Fact]
    public void Apply_FileChangedSincePlan_IsNotDeleted()
    {
        var s = Create();
        Plan(s);
        var billing = Path.Combine(s.Inputs, "billing/2018.csv");
        File.AppendAllText(billing, "5,e@example.com\n");
        var (code, stdout, stderr) = CliHarness.Run("retention", "apply", "--plan", Path.Combine(s.Out, "retention-plan.parquet"), "--execute", "--no-ner");
        Assert.True(code == 0, stderr + stdout);
        Assert.Equal(5, File.ReadAllLines(billing).Length);
        Assert.Contains("delete-records: billing/2018.csv (0 records)", stdout);
    }

    private static Dictionary<string, string> Snapshot(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(p => p, p => Convert.ToBase64String(File.ReadAllBytes(p)) + File.GetLastWriteTimeUtc(p).Ticks);
}
