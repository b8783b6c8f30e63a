using System.CommandLine;
using System.Globalization;

namespace PiiScan.Cli;

/// <summary>The <c>bench</c> command: generate a synthetic inference-log archive and time the full pipeline per device.</summary>
internal static class BenchCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var size = new Option<string>("--size") { Description = "Uncompressed size of the generated archive: 500KB, 200MB, 1GB (decimal units; KiB/MiB/GiB binary).", DefaultValueFactory = _ => "200MB" };
        var devices = new Option<string[]>("--devices")
        {
            Description = "Devices to compare, comma separated: cpu (ONNX Runtime), cuda (ILGPU on the GPU), ilgpu-cpu (slow; testing). Default (or auto): cpu, plus cuda when a GPU is present.",
            AllowMultipleArgumentsPerToken = true,
        };
        var seed = new Option<int>("--seed") { Description = "Generator seed: the same seed and size give the same bytes.", DefaultValueFactory = _ => 42 };
        var json = new Option<string?>("--json") { Description = "Also write the results as JSON (schema: README, 'piiscan bench')." };
        var threads = new Option<int>("--threads", "-t") { Description = "Detection workers (default: all cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var keep = new Option<string?>("--keep") { Description = "Keep the archive and outputs in this directory (an archive there with the same seed and size is reused)." };
        var noNer = new Option<bool>("--no-ner") { Description = "Patterns only: do not load the NER model." };
        var model = new Option<string?>("--model") { Description = "NER model directory (default: the shipped models/pii-ner)." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress display; print the results table only." };
        var command = new Command("bench", """
            Benchmark the full pipeline (patterns + NER + operators + Parquet output) on a reproducible synthetic
            inference-log archive (chat and API logs, some gzipped, ~5% of records with PII), once per device after a
            small warm-up. Prints MB/s, records/s, NER tokens/s, findings, peak RSS and time per stage, and checks that
            all devices produce identical findings.

            Examples:
              piiscan bench --size 50MB --devices cpu
              piiscan bench --size 200MB --devices cpu,cuda --json bench/results/run.json
              piiscan bench --size 1GB --no-ner --threads 2 --keep /tmp/bench
            """)
        {
            size, devices, seed, json, threads, keep, noNer, model, quiet,
        };
        command.SetAction(parse => CommandGuard.Run(stderr, () =>
        {
            var sizeText = parse.GetValue(size)!;
            var settings = new BenchSettings
            {
                SizeText = sizeText,
                SizeBytes = ParseSize(sizeText),
                Devices = parse.GetValue(devices) is { Length: > 0 } d
                    ? d.SelectMany(x => x.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray()
                    : null,
                Seed = parse.GetValue(seed),
                Json = parse.GetValue(json),
                Threads = parse.GetValue(threads),
                Keep = parse.GetValue(keep),
                NoNer = parse.GetValue(noNer),
                Model = parse.GetValue(model),
                Quiet = parse.GetValue(quiet),
            };
            return new BenchRunner(settings, stdout, stderr).Run();
        }));
        return command;
    }

    /// <summary>Parses 200MB, 1.5GB, 512KiB or a byte count.</summary>
    internal static long ParseSize(string text)
    {
        var t = text.Trim();
        var units = new (string Suffix, double Factor)[]
        {
            ("KiB", 1024), ("MiB", 1024 * 1024), ("GiB", 1024 * 1024 * 1024), ("KB", 1e3), ("MB", 1e6), ("GB", 1e9), ("K", 1e3), ("M", 1e6), ("G", 1e9), ("B", 1),
        };
        var factor = 1.0;
        foreach (var (suffix, f) in units)
        {
            if (t.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                factor = f;
                t = t[..^suffix.Length].Trim();
                break;
            }
        }
        if (!double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value <= 0 || value * factor < 1000)
        {
            throw new PiiScanException($"--size '{text}' is not a size of at least 1KB (examples: 500KB, 200MB, 1GB).");
        }
        return (long)(value * factor);
    }
}
