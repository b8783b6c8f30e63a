using System.Text;

namespace PiiScan.Bench;

/// <summary>Deterministic JSONL-like inference-log corpus; about 5% of the lines carry one or two PII values.</summary>
public static class InferenceLogCorpus
{
    private static readonly string[] Words =
    [
        "the", "model", "returned", "a", "summary", "of", "document", "please", "explain", "how", "to", "configure", "server",
        "with", "retry", "policy", "and", "timeout", "for", "user", "request", "what", "is", "difference", "between", "cache",
        "latency", "tokens", "context", "window", "answer", "question", "about", "python", "function", "error", "stack", "trace",
        "deploy", "kubernetes", "pod", "restarted", "after", "memory", "limit", "exceeded", "translate", "this", "sentence",
    ];

    private static readonly string[] Pii =
    [
        "john.doe@example.com", "4111 1111 1111 1111", "203.0.113.7", "+1 202 555 0143", "DE46398259791907483378",
        "536-22-1234", "AKIAF6E2B7AYYAEFFHQ2", "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", "dob: 1990-05-12",
        "password=Hunter2!", "https://user:pw@example.com/x", "00:1a:2b:3c:4d:5e", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        "fe80::1ff:fe23:4567:890a", "sk_live_4eC39HqLyjWDarjtT1zdp7dc", "609 139 0996", "YY572004D",
    ];

    /// <summary>Builds <paramref name="lines"/> log lines.</summary>
    public static string[] Build(int lines, int seed = 42)
    {
        var rnd = new Random(seed);
        var result = new string[lines];
        var sb = new StringBuilder(1024);
        for (int n = 0; n < lines; n++)
        {
            sb.Clear();
            sb.Append("{\"ts\":\"2024-01-").Append(10 + (n % 20)).Append("T10:").Append(10 + (n % 50)).Append(":00.").Append(100 + (n % 900)).Append("Z\",");
            sb.Append("\"request_id\":\"").Append(new Guid(rnd.Next(), (short)rnd.Next(), (short)rnd.Next(), 1, 2, 3, 4, 5, 6, 7, 8)).Append("\",");
            sb.Append("\"model\":\"llama-3.1-70b-instruct\",\"temperature\":0.7,\"top_p\":0.95,\"max_tokens\":1024,");
            sb.Append("\"prompt\":\"");
            AppendWords(sb, rnd, 20 + rnd.Next(60));
            if (rnd.NextDouble() < 0.05)
            {
                sb.Append(' ').Append(Pii[rnd.Next(Pii.Length)]).Append(' ');
                if (rnd.NextDouble() < 0.3)
                {
                    sb.Append(Pii[rnd.Next(Pii.Length)]).Append(' ');
                }
            }
            AppendWords(sb, rnd, 5 + rnd.Next(20));
            sb.Append("\",\"response\":\"");
            AppendWords(sb, rnd, 30 + rnd.Next(120));
            sb.Append("\",\"usage\":{\"prompt_tokens\":").Append(rnd.Next(4000)).Append(",\"completion_tokens\":").Append(rnd.Next(2000));
            sb.Append("},\"latency_ms\":").Append(rnd.Next(100000) / 10.0).Append(",\"version\":\"1.").Append(rnd.Next(20)).Append('.').Append(rnd.Next(10));
            sb.Append("\",\"trace_id\":\"").Append(rnd.NextInt64().ToString("x16")).Append(rnd.NextInt64().ToString("x16")).Append("\"}");
            result[n] = sb.ToString();
        }
        return result;
    }

    private static void AppendWords(StringBuilder sb, Random rnd, int count)
    {
        for (int i = 0; i < count; i++)
        {
            if (i > 0)
            {
                sb.Append(rnd.Next(12) == 0 ? ", " : " ");
            }
            sb.Append(Words[rnd.Next(Words.Length)]);
            if (rnd.Next(25) == 0)
            {
                sb.Append(' ').Append(rnd.Next(100000));
            }
        }
        sb.Append('.');
    }
}
