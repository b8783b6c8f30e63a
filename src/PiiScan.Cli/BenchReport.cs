using System.Globalization;
using System.Text.Json;

namespace PiiScan.Cli;

/// <summary>Results of <c>piiscan bench</c>: the printed table and the <c>--json</c> document (schema in README).</summary>
internal sealed record BenchReport(
    BenchMachine Machine,
    BenchSettings Settings,
    string? Model,
    BenchCorpusInfo Corpus,
    double GenerateSeconds,
    IReadOnlyList<BenchDeviceResult> Results,
    IReadOnlyList<BenchComparison> Comparisons,
    IReadOnlyList<string> Notes)
{
    /// <summary>Schema identifier written into the JSON.</summary>
    public const string Schema = "piiscan-bench/1";

    public DateTimeOffset Date { get; } = DateTimeOffset.UtcNow;

    public string Version { get; } = typeof(BenchReport).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public void PrintTable(TextWriter w)
    {
        var ic = CultureInfo.InvariantCulture;
        w.WriteLine(string.Create(ic, $"piiscan bench {Version}: {Corpus.Bytes / 1e6:0.0} MB ({Corpus.Files} files, {Corpus.Records:N0} records, {Corpus.DiskBytes / 1e6:0.0} MB on disk), seed {Settings.Seed}, {Settings.Threads} threads"));
        w.WriteLine($"machine: {Machine.CpuModel}, {Machine.Cores} cores, GPU: {Machine.Gpu ?? "none"}; load average {Machine.LoadAverage ?? "n/a"}");
        w.WriteLine($"NER: {(Model is null ? "off" : "model " + Model)}; pipeline: patterns{(Model is null ? "" : " + NER")} + operators (replace) + Parquet output");
        w.WriteLine();
        w.WriteLine($"{"device",-10} {"backend",-28} {"time s",8} {"MB/s",8} {"records/s",10} {"NER tok/s",10} {"findings",9} {"peak RSS",9}");
        foreach (var r in Results)
        {
            w.WriteLine(string.Create(ic, $"{r.Device,-10} {Truncate(r.Backend, 28),-28} {r.Seconds,8:0.00} {r.MegabytesPerSecond,8:0.00} {r.RecordsPerSecond,10:N0} {(r.Ner ? r.NerTokensPerSecond.ToString("N0", ic) : "-"),10} {r.Findings,9:N0} {r.PeakRssBytes / 1048576.0,6:0} MiB"));
        }
        w.WriteLine();
        w.WriteLine("stage time, s (tokenize, inference, patterns and operators: summed over workers):");
        w.WriteLine($"{"device",-10} {"read",8} {"tokenize",9} {"inference",10} {"patterns",9} {"operators",10} {"write",8}");
        foreach (var r in Results)
        {
            var s = r.Stages;
            w.WriteLine(string.Create(ic, $"{r.Device,-10} {s.Read.TotalSeconds,8:0.00} {s.Tokenize.TotalSeconds,9:0.00} {s.Inference.TotalSeconds,10:0.00} {s.Patterns.TotalSeconds,9:0.00} {s.Operators.TotalSeconds,10:0.00} {s.Write.TotalSeconds,8:0.00}"));
        }
        foreach (var c in Comparisons)
        {
            w.WriteLine(c.Identical
                ? $"findings {c.First} vs {c.Second}: identical ({c.Rows:N0} rows)"
                : $"findings {c.First} vs {c.Second}: DIFFER: {c.OnlyInFirst:N0} rows only in {c.First}, {c.OnlyInSecond:N0} only in {c.Second}");
        }
        foreach (var n in Notes)
        {
            w.WriteLine("note: " + n);
        }
    }

    public void WriteJson(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        using var stream = File.Create(full);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteString("schema", Schema);
        w.WriteString("date", Date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        w.WriteString("version", Version);
        w.WriteStartObject("machine");
        w.WriteString("cpu_model", Machine.CpuModel);
        w.WriteNumber("cores", Machine.Cores);
        WriteNullable(w, "gpu", Machine.Gpu);
        w.WriteString("os", Machine.Os);
        w.WriteString("runtime", Machine.Runtime);
        WriteNullable(w, "load_average", Machine.LoadAverage);
        w.WriteEndObject();
        w.WriteStartObject("options");
        w.WriteString("size", Settings.SizeText);
        w.WriteNumber("size_bytes", Settings.SizeBytes);
        w.WriteNumber("seed", Settings.Seed);
        w.WriteNumber("threads", Settings.Threads);
        w.WriteStartArray("devices");
        foreach (var r in Results)
        {
            w.WriteStringValue(r.Device);
        }
        w.WriteEndArray();
        w.WriteBoolean("ner", Model is not null);
        WriteNullable(w, "model", Model);
        w.WriteString("output_format", "parquet");
        w.WriteString("operator", "replace");
        w.WriteEndObject();
        w.WriteStartObject("corpus");
        w.WriteNumber("files", Corpus.Files);
        w.WriteNumber("records", Corpus.Records);
        w.WriteNumber("bytes", Corpus.Bytes);
        w.WriteNumber("disk_bytes", Corpus.DiskBytes);
        w.WriteNumber("generate_seconds", Round(GenerateSeconds));
        w.WriteBoolean("reused", Corpus.Reused);
        w.WriteEndObject();
        w.WriteStartArray("results");
        foreach (var r in Results)
        {
            WriteResult(w, r);
        }
        w.WriteEndArray();
        w.WriteStartArray("comparisons");
        foreach (var c in Comparisons)
        {
            w.WriteStartObject();
            w.WriteString("first", c.First);
            w.WriteString("second", c.Second);
            w.WriteNumber("rows", c.Rows);
            w.WriteNumber("only_in_first", c.OnlyInFirst);
            w.WriteNumber("only_in_second", c.OnlyInSecond);
            w.WriteBoolean("identical", c.Identical);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("notes");
        foreach (var n in Notes)
        {
            w.WriteStringValue(n);
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter w, BenchDeviceResult r)
    {
        w.WriteStartObject();
        w.WriteString("device", r.Device);
        w.WriteString("backend", r.Backend);
        w.WriteBoolean("ner", r.Ner);
        w.WriteNumber("seconds", Round(r.Seconds));
        w.WriteNumber("bytes", r.BytesRead);
        w.WriteNumber("records", r.Records);
        w.WriteNumber("mb_per_s", Round(r.MegabytesPerSecond));
        w.WriteNumber("records_per_s", Round(r.RecordsPerSecond));
        w.WriteNumber("ner_tokens", r.NerTokens);
        w.WriteNumber("ner_tokens_per_s", Round(r.NerTokensPerSecond));
        w.WriteNumber("findings", r.Findings);
        w.WriteNumber("peak_rss_bytes", r.PeakRssBytes);
        w.WriteString("peak_rss_method", r.PeakRssMethod);
        w.WriteNumber("warmup_runs", r.WarmupRuns);
        w.WriteStartObject("stage_seconds");
        w.WriteNumber("read", Round(r.Stages.Read.TotalSeconds));
        w.WriteNumber("tokenize", Round(r.Stages.Tokenize.TotalSeconds));
        w.WriteNumber("inference", Round(r.Stages.Inference.TotalSeconds));
        w.WriteNumber("patterns", Round(r.Stages.Patterns.TotalSeconds));
        w.WriteNumber("operators", Round(r.Stages.Operators.TotalSeconds));
        w.WriteNumber("write", Round(r.Stages.Write.TotalSeconds));
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static double Round(double v) => Math.Round(v, 3);

    private static string Truncate(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";
}
