using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Bogus;

namespace PiiScan.Evaluation.Fixtures;

/// <summary>
/// Writes a reproducible synthetic inference-log archive for <c>piiscan bench</c>: chat-completion logs and API
/// gateway logs as JSONL (half of the files gzipped), records from one line to several KB, about 5% of them carrying
/// one to three PII values: structured values from <see cref="FixtureCorpusGenerator.NextValue"/> (valid checksums,
/// reserved ranges) and fake names, street addresses, cities and companies for the NER model. Deterministic: the
/// same seed and size give the same bytes (Bogus with its own <see cref="Randomizer"/>, no clock).
/// </summary>
public sealed class BenchCorpusGenerator
{
    private static readonly string[] Models = ["gpt-4o-mini", "llama-3.1-70b-instruct", "mistral-large", "claude-3-haiku", "qwen2.5-32b"];
    private static readonly string[] Asks =
    [
        "Summarize the attached release notes in three bullet points.", "Explain the difference between TCP and UDP for a beginner.",
        "Refactor this function to avoid the nested loops and add tests.", "Write a SQL query that counts orders per day for the last month.",
        "What is the time complexity of heapsort and why?", "Translate the following paragraph into French, keep the formatting.",
        "Why does my Kubernetes pod restart after the memory limit is exceeded?", "Draft a polite reply declining the meeting.",
        "Give me a regex that matches ISO dates.", "How do I configure retries with exponential backoff in Polly?",
    ];
    private static readonly string[] Paths = ["/v1/chat/completions", "/v1/completions", "/v1/embeddings", "/v1/moderations", "/healthz"];
    private static readonly string[] Services = ["gateway", "inference", "billing", "auth", "router"];
    private static readonly string[] Agents = ["openai-python/1.51.0", "curl/8.5.0", "langchain/0.3.1", "okhttp/4.12.0", "Go-http-client/2.0"];
    private static readonly DateTime Epoch = new(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Randomizer _r;
    private readonly Faker _f;
    private readonly FixtureCorpusGenerator _values;
    private readonly string[] _phrases;
    private long _index;

    /// <summary>Creates a generator for <paramref name="seed"/>.</summary>
    public BenchCorpusGenerator(int seed)
    {
        _r = new Randomizer(seed);
        _f = new Faker("en") { Random = _r };
        _values = new FixtureCorpusGenerator(seed ^ 0x5bd1e995);
        var phrases = new List<string>(Asks);
        for (var i = 0; i < 300; i++)
        {
            phrases.Add(_f.Hacker.Phrase());
            if (i % 3 == 0)
            {
                phrases.Add(_f.Company.CatchPhrase() + ".");
                phrases.Add(_f.Rant.Review("product"));
            }
        }
        _phrases = [.. phrases];
    }

    /// <summary>Fraction of records that carry PII.</summary>
    public double PiiRate { get; init; } = 0.05;

    /// <summary>
    /// Writes about <paramref name="bytes"/> (uncompressed) into <paramref name="directory"/>: <c>chat/</c> and
    /// <c>api/</c> with two files each, the second gzipped. Returns the files, the record count and the uncompressed size.
    /// </summary>
    public (IReadOnlyList<string> Files, long Records, long Bytes) Write(string directory, long bytes)
    {
        var plan = new (string Name, double Share, bool Chat)[]
        {
            ("chat/chat-000.jsonl", 0.3, true), ("chat/chat-001.jsonl.gz", 0.3, true),
            ("api/api-000.jsonl", 0.2, false), ("api/api-001.jsonl.gz", 0.2, false),
        };
        var files = new List<string>();
        long records = 0;
        long total = 0;
        var buffer = new MemoryStream(1 << 14);
        foreach (var (name, share, chat) in plan)
        {
            var path = Path.Combine(directory, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            using Stream output = name.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionLevel.Fastest) : file;
            var target = Math.Max(1, (long)(bytes * share));
            long written = 0;
            while (written < target)
            {
                buffer.SetLength(0);
                using (var json = new Utf8JsonWriter(buffer, JsonOptions))
                {
                    if (chat)
                    {
                        WriteChat(json);
                    }
                    else
                    {
                        WriteApi(json);
                    }
                }
                buffer.WriteByte((byte)'\n');
                output.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
                written += buffer.Length;
                records++;
                _index++;
            }
            total += written;
            files.Add(path);
        }
        return (files, records, total);
    }

    private void WriteChat(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("id", "chatcmpl-" + _r.Hexadecimal(24, ""));
        json.WriteString("timestamp", Epoch.AddSeconds(_index * 3).ToString("O", CultureInfo.InvariantCulture));
        json.WriteString("model", _r.ArrayElement(Models));
        json.WriteStartArray("messages");
        Message(json, "system", "You are a helpful assistant. Answer concisely.");
        Message(json, "user", Text(withPii: _r.Double() < PiiRate, sentences: Length()));
        Message(json, "assistant", Text(withPii: false, sentences: Length()));
        json.WriteEndArray();
        json.WriteStartObject("usage");
        json.WriteNumber("prompt_tokens", _r.Number(5, 4000));
        json.WriteNumber("completion_tokens", _r.Number(1, 2000));
        json.WriteEndObject();
        json.WriteNumber("temperature", Math.Round(_r.Double(), 2));
        json.WriteNumber("latency_ms", _r.Number(40, 30000));
        json.WriteEndObject();
    }

    private void WriteApi(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("ts", Epoch.AddMilliseconds(_index * 250).ToString("O", CultureInfo.InvariantCulture));
        json.WriteString("level", _r.Number(0, 20) == 0 ? "ERROR" : "INFO");
        json.WriteString("service", _r.ArrayElement(Services));
        json.WriteString("method", "POST");
        json.WriteString("path", _r.ArrayElement(Paths));
        json.WriteNumber("status", _r.Number(0, 15) == 0 ? 429 : 200);
        json.WriteString("request_id", _r.Uuid().ToString());
        json.WriteString("user_agent", _r.ArrayElement(Agents));
        json.WriteStartObject("body");
        json.WriteString("model", _r.ArrayElement(Models));
        json.WriteString("prompt", Text(withPii: _r.Double() < PiiRate, sentences: _r.Number(0, 3) == 0 ? Length() : 1));
        json.WriteNumber("max_tokens", _r.Number(16, 4096));
        json.WriteEndObject();
        json.WriteNumber("duration_ms", _r.Number(2, 20000));
        json.WriteEndObject();
    }

    private static void Message(Utf8JsonWriter json, string role, string content)
    {
        json.WriteStartObject();
        json.WriteString("role", role);
        json.WriteString("content", content);
        json.WriteEndObject();
    }

    // Mostly one or two sentences; one record in twelve runs to several KB.
    private int Length() => _r.Number(0, 11) == 0 ? _r.Number(15, 90) : _r.Number(1, 3);

    private string Text(bool withPii, int sentences)
    {
        var sb = new StringBuilder(sentences * 60);
        var piiCount = withPii ? _r.Number(1, 3) : 0;
        var piiAt = new int[piiCount];
        for (var i = 0; i < piiCount; i++)
        {
            piiAt[i] = _r.Number(0, sentences - 1);
        }
        for (var s = 0; s < sentences; s++)
        {
            if (s > 0)
            {
                sb.Append(' ');
            }
            sb.Append(_r.ArrayElement(_phrases));
            foreach (var at in piiAt)
            {
                if (at == s)
                {
                    sb.Append(' ').Append(Pii());
                }
            }
        }
        return sb.ToString();
    }

    private string Pii() => _r.Number(0, 5) switch
    {
        0 => $"My name is {_f.Name.FullName()}.",
        1 => $"Ship it to {_f.Address.StreetAddress()}, {_f.Address.City()}.",
        2 => $"I work for {_f.Company.CompanyName()} in {_f.Address.City()}.",
        _ => _values.NextValue() is var v ? $"{v.Phrase} {v.Text}." : "",
    };
}
