using System.IO.Compression;
using System.Text;

namespace PiiScan.Tests.Sharding;

/// <summary>Seeded fake inputs for scale-out and resume tests: JSONL (plain and gzip), CSV, text and the sample Parquet file, with some bad records.</summary>
internal static class ScaleData
{
    private static readonly string[] Cards = ["4111111111111111", "5500005555555559", "378282246310005"];

    /// <summary>Epoch seconds of 2026-10-01T00:00:00Z, the first day of the record times.</summary>
    private const long FirstDay = 1790812800;

    /// <summary>
    /// Writes <paramref name="files"/> files of <paramref name="minRecords"/>..<paramref name="maxRecords"/> records under <paramref name="dir"/>.
    /// With <paramref name="times"/>, JSONL records get a <c>ts</c> field (epoch seconds) and CSV rows a <c>ts</c> column
    /// (RFC 3339) spread over 40 days, for the report timeline (<c>--time-field ts</c>); text and Parquet records have none.
    /// </summary>
    public static void Write(string dir, int files, int minRecords, int maxRecords, int seed, bool times = false)
    {
        var rng = new Random(seed);
        var parquet = Path.Combine(dir, "p");
        Directory.CreateDirectory(parquet);
        File.Copy(Path.Combine(TestPaths.RepoRoot, "samples", "tickets.parquet"), Path.Combine(parquet, "tickets.parquet"));
        for (var f = 0; f < files; f++)
        {
            var records = rng.Next(minRecords, maxRecords + 1);
            var kind = f % 4;
            var sub = Path.Combine(dir, f % 3 == 0 ? "a" : f % 3 == 1 ? "b/c" : "");
            Directory.CreateDirectory(sub);
            var name = kind switch
            {
                0 => $"log-{f:D3}.jsonl",
                1 => $"log-{f:D3}.jsonl.gz",
                2 => $"table-{f:D3}.csv",
                _ => $"chat-{f:D3}.txt",
            };
            var text = kind switch
            {
                0 or 1 => Jsonl(rng, records, times),
                2 => Csv(rng, records, times),
                _ => Text(rng, records),
            };
            var path = Path.Combine(sub, name);
            if (kind == 1)
            {
                using var file = File.Create(path);
                using var gz = new GZipStream(file, CompressionLevel.Fastest);
                gz.Write(Encoding.UTF8.GetBytes(text));
            }
            else
            {
                File.WriteAllText(path, text, new UTF8Encoding(false));
            }
        }
    }

    private static string Email(Random rng) => $"user{rng.Next(100000)}@example.com";

    private static string Ip(Random rng) => $"203.0.113.{rng.Next(1, 255)}";

    private static long Time(Random rng) => FirstDay + rng.Next(40 * 86_400);

    private static string Jsonl(Random rng, int records, bool times)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < records; i++)
        {
            if (rng.Next(500) == 0)
            {
                sb.Append("{\"broken\": \"no end\n");
                continue;
            }
            sb.Append("{\"id\":").Append(i);
            if (times)
            {
                sb.Append(",\"ts\":").Append(Time(rng));
            }
            sb.Append(",\"user\":{\"email\":\"").Append(Email(rng)).Append("\"},\"msg\":\"from ")
              .Append(Ip(rng)).Append(rng.Next(3) == 0 ? " card " + Cards[rng.Next(Cards.Length)] : " nothing").Append("\"}\n");
        }
        return sb.ToString();
    }

    private static string Csv(Random rng, int records, bool times)
    {
        var sb = new StringBuilder(times ? "id,ts,email,note\n" : "id,email,note\n");
        for (var i = 0; i < records; i++)
        {
            sb.Append(i).Append(',');
            if (times)
            {
                sb.Append(DateTimeOffset.FromUnixTimeSeconds(Time(rng)).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture)).Append(',');
            }
            sb.Append(Email(rng)).Append(",\"seen at ").Append(Ip(rng)).Append("\"\n");
        }
        return sb.ToString();
    }

    private static string Text(Random rng, int records)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < records; i++)
        {
            sb.Append("agent: write to ").Append(Email(rng)).Append(" or call from ").Append(Ip(rng)).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>Every file under <paramref name="dir"/> by relative path, with its bytes.</summary>
    public static SortedDictionary<string, byte[]> Tree(string dir)
    {
        var result = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        if (Directory.Exists(dir))
        {
            foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
            {
                result[Path.GetRelativePath(dir, file).Replace('\\', '/')] = File.ReadAllBytes(file);
            }
        }
        return result;
    }

    /// <summary>
    /// Asserts that the subject index (<c>subjects.parquet</c>, written when the DSR index is on) of
    /// <paramref name="actual"/> holds the same rows as <paramref name="expected"/>'s, when the reference has one.
    /// </summary>
    public static void AssertSameSubjects(string expected, string actual)
    {
        var reference = Path.Combine(expected, "subjects.parquet");
        if (!File.Exists(reference))
        {
            return;
        }
        static List<string> Rows(string path) =>
            Pipeline.CliHarness.ReadParquet(path)
                .Select(r => string.Join("\u001f", r.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture))))
                .Order(StringComparer.Ordinal)
                .ToList();
        Xunit.Assert.Equal(Rows(reference), Rows(Path.Combine(actual, "subjects.parquet")));
    }

    /// <summary>The parts of report.json that must match between equivalent runs (no times, no options).</summary>
    public static string ReportCounts(string outDir)
    {
        using var doc = Pipeline.CliHarness.ReadReport(outDir);
        var root = doc.RootElement;
        return string.Join("\n",
            root.GetProperty("status").GetRawText(),
            root.GetProperty("records").GetRawText(),
            root.GetProperty("findings").GetRawText(),
            root.GetProperty("files").GetRawText(),
            root.GetProperty("quarantine_by_reason").GetRawText(),
            root.GetProperty("bytes_read").GetRawText(),
            root.GetProperty("pii_per_1000_records").GetRawText(),
            root.TryGetProperty("report_data", out var data) ? data.GetRawText() : "no report_data");
    }
}
