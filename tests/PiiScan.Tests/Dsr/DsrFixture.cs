using Bogus;
using PiiScan.Tests.Pipeline;
using Xunit;

namespace PiiScan.Tests.Dsr;

/// <summary>Generated fake inputs (fixed seed) with one planted data subject in known places, scanned with a keyring.</summary>
internal sealed class DsrFixture
{
    public const string Email = "jane.subject@example.com";
    public const string Phone = "+1 415 555 0123";

    /// <summary>Where the subject was planted: (source, record, field).</summary>
    public static readonly (string Source, long Record, string Field)[] Planted =
    [
        ("customers.csv", 5, "email"),
        ("logs/app.jsonl", 3, "user.email"),
        ("logs/app.jsonl", 17, "msg"),
        ("logs/app.jsonl", 22, "msg"),
        ("notes.txt", 7, "text"),
    ];

    public required string Dir { get; init; }
    public required string Keys { get; init; }
    public required string Inputs { get; init; }
    public required string Out { get; init; }

    public string Jsonl => Path.Combine(Inputs, "logs", "app.jsonl");
    public string Csv => Path.Combine(Inputs, "customers.csv");
    public string Text => Path.Combine(Inputs, "notes.txt");

    public static DsrFixture Create()
    {
        var dir = TestPaths.NewTempDir();
        var keys = Path.Combine(dir, "keys.json");
        Assert.Equal(0, CliHarness.Run("keys", "new", "--out", keys).ExitCode);
        var inputs = Path.Combine(dir, "in");
        Directory.CreateDirectory(Path.Combine(inputs, "logs"));
        var f = new Faker("en") { Random = new Randomizer(7301) };

        var lines = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            var email = i == 3 ? Email : f.Internet.Email(f.Name.FirstName(), f.Name.LastName(), "example.com").ToLowerInvariant();
            var msg = i switch
            {
                17 => "please contact JANE.Subject@example.com about the invoice",
                22 => "call me back on (415) 555-0123 tomorrow",
                _ => "summarize the " + f.Commerce.ProductName() + " release notes",
            };
            lines.Add($$"""{"id":{{i}},"timestamp":"2026-10-{{1 + (i % 28):00}}T08:00:00Z","user":{"email":"{{email}}"},"msg":"{{msg}}"}""");
        }
        File.WriteAllText(Path.Combine(inputs, "logs", "app.jsonl"), string.Join("\n", lines) + "\n");

        var csv = new List<string> { "id,name,email,plan" };
        for (var i = 0; i < 20; i++)
        {
            var email = i == 5 ? Email : f.Internet.Email(f.Name.FirstName(), f.Name.LastName(), "example.org").ToLowerInvariant();
            csv.Add($"{i},{f.Name.FirstName()} {f.Name.LastName()},{email},{(i % 2 == 0 ? "pro" : "free")}");
        }
        File.WriteAllText(Path.Combine(inputs, "customers.csv"), string.Join("\n", csv) + "\n");

        var text = new List<string>();
        for (var i = 0; i < 15; i++)
        {
            text.Add(i == 7 ? "ticket reopened, reach jane.subject@example.com" : "ticket " + f.Random.Int(1000, 9999) + " closed: " + f.Lorem.Sentence());
        }
        File.WriteAllText(Path.Combine(inputs, "notes.txt"), string.Join("\n", text) + "\n");

        var outDir = Path.Combine(dir, "out");
        var (code, _, stderr) = CliHarness.Run("scan", inputs, "--out", outDir, "--keys", keys, "--quiet", "--no-ner", "--time-field", "timestamp");
        Assert.True(code == 0, stderr);
        return new DsrFixture { Dir = dir, Keys = keys, Inputs = inputs, Out = outDir };
    }

    /// <summary>Runs <c>dsr find --json</c> for the subject against <paramref name="index"/> and returns (source, record, field) per location.</summary>
    public List<(string Source, long Record, string Field)> Find(string index)
    {
        var (code, stdout, stderr) = CliHarness.Run("dsr", "find", "--index", index, "--keys", Keys, "--email", Email, "--phone", Phone, "--json");
        Assert.True(code == 0, stderr);
        using var doc = System.Text.Json.JsonDocument.Parse(stdout);
        return doc.RootElement.GetProperty("locations").EnumerateArray()
            .Select(l => (l.GetProperty("source").GetString()!, l.GetProperty("record").GetInt64(), l.GetProperty("field").GetString()!))
            .OrderBy(l => l.Item1, StringComparer.Ordinal).ThenBy(l => l.Item2).ToList();
    }

    /// <summary>Files under the inputs, relative path → bytes.</summary>
    public Dictionary<string, byte[]> Snapshot() =>
        Directory.EnumerateFiles(Inputs, "*", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(Inputs, p), File.ReadAllBytes);
}
