using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Bogus;

namespace PiiScan.Bench;

/// <summary>Seeded synthetic inference logs (fake data only) for the reader and end-to-end benchmarks.</summary>
public static class BenchData
{
    private static readonly string[] Prompts =
    [
        "Summarize the attached release notes in three bullet points.",
        "Explain the difference between TCP and UDP for a beginner.",
        "Refactor this function to avoid the nested loops and add tests.",
        "Write a SQL query that counts orders per day for the last month.",
        "What is the time complexity of heapsort and why?",
        "Translate the following paragraph into French, keep the formatting.",
    ];

    /// <summary>Writes about <paramref name="bytes"/> of JSONL inference logs; about 5% of the prompts carry PII.</summary>
    public static string WriteJsonl(string path, long bytes, int seed = 7)
    {
        Randomizer.Seed = new Random(seed);
        var faker = new Faker("en");
        var rnd = new Random(seed);
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        long written = 0;
        var buffer = new MemoryStream();
        for (var i = 0; written < bytes; i++)
        {
            buffer.SetLength(0);
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                json.WriteString("id", $"req_{i:D8}");
                json.WriteString("timestamp", new DateTime(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(i * 7).ToString("O"));
                json.WriteString("model", rnd.Next(3) switch { 0 => "gpt-4o-mini", 1 => "llama-3-70b", _ => "mistral-large" });
                json.WriteStartObject("request");
                json.WriteStartArray("messages");
                json.WriteStartObject();
                json.WriteString("role", "user");
                var prompt = Prompts[rnd.Next(Prompts.Length)];
                if (rnd.NextDouble() < 0.05)
                {
                    prompt = rnd.Next(4) switch
                    {
                        0 => $"Please email {faker.Internet.Email()} the invoice for order {rnd.Next(100000)}.",
                        1 => $"My card 4111 1111 1111 1111 was charged twice, call me at +1 415 555 01{rnd.Next(10, 99)}.",
                        2 => $"Login failures from 203.0.113.{rnd.Next(1, 254)} since this morning.",
                        _ => $"I'm {faker.Name.FullName()}, my SSN is 536-22-{rnd.Next(1000, 9999)}.",
                    };
                }
                // Lengths from one line to several KB.
                var repeat = rnd.NextDouble() < 0.1 ? rnd.Next(5, 40) : 1;
                var sb = new StringBuilder(prompt);
                for (var r = 1; r < repeat; r++)
                {
                    sb.Append(' ').Append(Prompts[rnd.Next(Prompts.Length)]);
                }
                json.WriteString("content", sb.ToString());
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteNumber("temperature", Math.Round(rnd.NextDouble(), 2));
                json.WriteEndObject();
                json.WriteStartObject("response");
                json.WriteString("content", "Sure, here is what you asked for: " + Prompts[rnd.Next(Prompts.Length)]);
                json.WriteNumber("completion_tokens", rnd.Next(5, 900));
                json.WriteEndObject();
                json.WriteNumber("latency_ms", rnd.Next(50, 5000));
                json.WriteEndObject();
            }
            var line = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
            w.Write(line);
            w.Write('\n');
            written += buffer.Length + 1;
        }
        return path;
    }

    /// <summary>Converts a JSONL file to CSV (id, model, content) and text (content per line).</summary>
    public static (string Csv, string Text) WriteCsvAndText(string jsonl, string dir)
    {
        var csv = Path.Combine(dir, "logs.csv");
        var text = Path.Combine(dir, "logs.txt");
        using var c = new StreamWriter(csv, false, new UTF8Encoding(false));
        using var t = new StreamWriter(text, false, new UTF8Encoding(false));
        c.Write("id,model,content\n");
        foreach (var line in File.ReadLines(jsonl))
        {
            using var doc = JsonDocument.Parse(line);
            var content = doc.RootElement.GetProperty("request").GetProperty("messages")[0].GetProperty("content").GetString()!;
            c.Write(doc.RootElement.GetProperty("id").GetString());
            c.Write(',');
            c.Write(doc.RootElement.GetProperty("model").GetString());
            c.Write(",\"");
            c.Write(content.Replace("\"", "\"\""));
            c.Write("\"\n");
            t.Write(content);
            t.Write('\n');
        }
        return (csv, text);
    }

    /// <summary>Gzips a file.</summary>
    public static string Gzip(string path)
    {
        var gz = path + ".gz";
        using var input = File.OpenRead(path);
        using var output = File.Create(gz);
        using var z = new GZipStream(output, CompressionLevel.Fastest);
        input.CopyTo(z);
        return gz;
    }
}
