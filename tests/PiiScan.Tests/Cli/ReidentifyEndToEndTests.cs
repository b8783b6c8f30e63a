using System.Text.Json;
using PiiScan.Tests.Pipeline;
using Xunit;

namespace PiiScan.Tests.Cli;

public class ReidentifyEndToEndTests
{
    private static readonly string[] Lines =
    [
        """{"user":{"email":"jane.doe@example.com","phone":"+1 415 555 0134"},"msg":"card 4111 1111 1111 1111 and 5555-5555-5555-4444 😀"}""",
        """{"user":{"email":"ko@example.org"},"msg":"mail ko@example.org, then ko@example.org again; card 378282246310005"}""",
        """{"n":1,"msg":"nothing to see"}""",
    ];

    private static (string Dir, string Keys, string Input) Setup()
    {
        var dir = TestPaths.NewTempDir();
        var keys = Path.Combine(dir, "keys.json");
        Assert.Equal(0, CliHarness.Run("keys", "new", "--out", keys).ExitCode);
        var input = Path.Combine(dir, "in", "logs.jsonl");
        Directory.CreateDirectory(Path.GetDirectoryName(input)!);
        File.WriteAllText(input, string.Join("\n", Lines) + "\n");
        return (dir, keys, input);
    }

    [Fact]
    public void ScanThenReidentify_PseudonymizeAndFpe_GivesBackInputByteForByte()
    {
        var (dir, keys, input) = Setup();
        var policy = Path.Combine(dir, "p.yaml");
        File.WriteAllText(policy, "default_operator: pseudonymize\noperators:\n  CREDIT_CARD: fpe\n");
        var outDir = Path.Combine(dir, "out");
        var (code, _, stderr) = CliHarness.Run("scan", Path.GetDirectoryName(input)!, "--out", outDir, "--keys", keys, "--config", policy, "--quiet", "--no-ner");
        Assert.True(code == 0, stderr);
        var redacted = File.ReadAllText(Path.Combine(outDir, "redacted", "logs.jsonl"));
        Assert.DoesNotContain("jane.doe@example.com", redacted);
        Assert.DoesNotContain("4111 1111 1111 1111", redacted);
        Assert.Contains("[[EMAIL_ADDRESS:", redacted);
        // The same value maps to the same token everywhere.
        var second = JsonDocument.Parse(redacted.Split('\n')[1]).RootElement;
        var token = second.GetProperty("user").GetProperty("email").GetString()!;
        Assert.Equal(3, second.GetProperty("msg").GetString()!.Split(token).Length);

        var restoredDir = Path.Combine(dir, "restored");
        (code, _, stderr) = CliHarness.Run("reidentify", Path.Combine(outDir, "redacted"), "--keys", keys, "--findings", Path.Combine(outDir, "findings.parquet"), "--out", restoredDir);
        Assert.True(code == 0, stderr);
        Assert.Equal(File.ReadAllBytes(input), File.ReadAllBytes(Path.Combine(restoredDir, "restored", "logs.jsonl")));
        var audit = Assert.Single(File.ReadAllLines(Path.Combine(restoredDir, "reidentify-audit.jsonl")));
        Assert.Contains("\"status\":\"completed\"", audit);
        Assert.DoesNotContain("jane.doe", audit);
    }

    [Fact]
    public void Reidentify_TypeFilter_RestoresOnlyThoseTypes()
    {
        var (dir, keys, input) = Setup();
        var outDir = Path.Combine(dir, "out");
        Assert.Equal(0, CliHarness.Run("scan", input, "--out", outDir, "--keys", keys, "--operator", "pseudonymize", "--quiet", "--no-ner").ExitCode);
        var restoredDir = Path.Combine(dir, "r");
        Assert.Equal(0, CliHarness.Run("reidentify", Path.Combine(outDir, "redacted"), "--keys", keys, "--types", "EMAIL_ADDRESS", "--out", restoredDir).ExitCode);
        var restored = File.ReadAllText(Path.Combine(restoredDir, "restored", "logs.jsonl"));
        Assert.Contains("jane.doe@example.com", restored);
        Assert.Contains("[[CREDIT_CARD:", restored);
    }

    [Fact]
    public void Reidentify_WrongKeyring_OneClearErrorNothingWritten()
    {
        var (dir, keys, input) = Setup();
        var outDir = Path.Combine(dir, "out");
        Assert.Equal(0, CliHarness.Run("scan", input, "--out", outDir, "--keys", keys, "--operator", "pseudonymize", "--quiet", "--no-ner").ExitCode);
        var other = Path.Combine(dir, "other.json");
        Assert.Equal(0, CliHarness.Run("keys", "new", "--out", other).ExitCode);
        var restoredDir = Path.Combine(dir, "r");
        var (code, _, stderr) = CliHarness.Run("reidentify", Path.Combine(outDir, "redacted"), "--keys", other, "--out", restoredDir);
        Assert.Equal(2, code);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.Contains("nothing was written", stderr);
        Assert.False(Directory.Exists(Path.Combine(restoredDir, "restored")));
    }

    [Fact]
    public void Scan_KeyedOperatorWithoutKeyring_ExitTwo()
    {
        var (dir, _, input) = Setup();
        var (code, _, stderr) = CliHarness.Run("scan", input, "--out", Path.Combine(dir, "o"), "--operator", "fpe", "--quiet", "--no-ner");
        Assert.Equal(2, code);
        Assert.Contains("--keys", stderr);
    }

    [Fact]
    public void Keys_NewRotateList_NeverPrintsKeyMaterial()
    {
        var dir = TestPaths.NewTempDir();
        var keys = Path.Combine(dir, "k.json");
        var (code, created, _) = CliHarness.Run("keys", "new", "--out", keys);
        Assert.Equal(0, code);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keys));
        }
        Assert.Equal(2, CliHarness.Run("keys", "new", "--out", keys).ExitCode);
        var (rc, rotated, _) = CliHarness.Run("keys", "rotate", "--keys", keys);
        Assert.Equal(0, rc);
        var (lc, listed, _) = CliHarness.Run("keys", "list", "--keys", keys);
        Assert.Equal(0, lc);
        Assert.Equal(2, listed.Trim().Split('\n').Length);
        using var doc = JsonDocument.Parse(File.ReadAllText(keys));
        foreach (var key in doc.RootElement.GetProperty("keys").EnumerateArray())
        {
            foreach (var material in new[] { "siv", "fpe", "hmac" })
            {
                var secret = key.GetProperty(material).GetString()!;
                Assert.DoesNotContain(secret, created + rotated + listed);
            }
        }
    }

    [Fact]
    public void Scan_KeyringReadableByOthers_Refused()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        var (dir, keys, input) = Setup();
        File.SetUnixFileMode(keys, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var (code, _, stderr) = CliHarness.Run("scan", input, "--out", Path.Combine(dir, "o"), "--keys", keys, "--operator", "pseudonymize", "--quiet", "--no-ner");
        Assert.Equal(2, code);
        Assert.Contains("chmod 600", stderr);
        Assert.Equal(0, CliHarness.Run("scan", input, "--out", Path.Combine(dir, "o2"), "--keys", keys, "--insecure-keyring", "--operator", "pseudonymize", "--quiet", "--no-ner").ExitCode);
    }
}
