using System.Diagnostics;
using PiiScan.Evaluation.Fixtures;
using PiiScan.Inference.Gpu;
using PiiScan.Ner;
using PiiScan.Operators;
using PiiScan.Pipeline;
using PiiScan.Readers;
using PiiScan.Reports;

namespace PiiScan.Cli;

/// <summary>
/// Runs <c>piiscan bench</c>: generates the archive, then per device a small warm-up run and a measured run of the
/// full pipeline (patterns, NER, operators, Parquet output) in this process. Peak RSS is measured per device by
/// resetting the kernel's VmHWM mark before each measured run (falls back to the process-wide peak, and says so).
/// </summary>
internal sealed class BenchRunner(BenchSettings settings, TextWriter stdout, TextWriter stderr) : IScanObserver
{
    private const long WarmupBytes = 1_000_000;
    private const long MinWarmupBytes = 100_000;
    private const int MinWarmupRuns = 3;
    private const int MaxWarmupRuns = 12;
    private const double WarmupBudgetSeconds = 60;

    public void Warning(string message) => stderr.WriteLine($"piiscan: warning: {message}");

    public int Run()
    {
        if (settings.Threads < 1)
        {
            throw new PiiScanException("--threads must be at least 1.");
        }
        var notes = new List<string>();
        var devices = ResolveDevices(notes);
        NerModel? model = null;
        if (settings.NoNer)
        {
            notes.Add("NER off (--no-ner): patterns only.");
        }
        else if ((settings.Model ?? NerSetup.DefaultModelDirectory()) is { } dir)
        {
            model = NerModel.Load(dir);
        }
        else
        {
            notes.Add("NER off: the model was not found (models/pii-ner/model.onnx); patterns only.");
        }

        var temp = settings.Keep is null;
        var work = Path.GetFullPath(settings.Keep ?? Path.Combine(Path.GetTempPath(), $"piiscan-bench-{Environment.ProcessId}"));
        Directory.CreateDirectory(work);
        try
        {
            var machine = BenchMachine.Describe();
            var clock = Stopwatch.StartNew();
            var corpus = Generate(work, "corpus", settings.Seed, settings.SizeBytes);
            var generateSeconds = clock.Elapsed.TotalSeconds;
            var warmup = Generate(work, "warmup", settings.Seed + 1, Math.Clamp(settings.SizeBytes / 20, Math.Min(MinWarmupBytes, settings.SizeBytes), WarmupBytes));
            Info($"archive: {corpus.Files} files, {corpus.Records:N0} records, {corpus.Bytes / 1e6:0.0} MB uncompressed ({generateSeconds:0.0} s)");

            var results = new List<BenchDeviceResult>();
            foreach (var device in devices)
            {
                results.Add(RunDevice(device, model, work, corpus.Directory, warmup.Directory, notes));
            }
            var comparisons = BenchComparison.Compare(results);
            var report = new BenchReport(machine, settings, model?.Name, corpus, generateSeconds, results, comparisons, notes);
            report.PrintTable(stdout);
            if (settings.Json is { } json)
            {
                report.WriteJson(json);
                Info($"results: {json}");
            }
            return comparisons.Any(c => !c.Identical) ? ExitCodes.FindingsPresent : ExitCodes.Ok;
        }
        finally
        {
            if (temp)
            {
                TryDelete(work);
            }
        }
    }

    private List<string> ResolveDevices(List<string> notes)
    {
        if (settings.Devices is null || settings.Devices is ["auto"])
        {
            if (IlgpuBackend.CudaAvailable())
            {
                return ["cpu", "cuda"];
            }
            notes.Add("cuda skipped: no CUDA device was found (default device list).");
            return ["cpu"];
        }
        var devices = new List<string>();
        foreach (var raw in settings.Devices)
        {
            var d = raw.Trim().ToLowerInvariant();
            switch (d)
            {
                case "cpu":
                    break;
                case "cuda":
                    if (!IlgpuBackend.CudaAvailable())
                    {
                        throw new PiiScanException("--devices cuda: no CUDA device was found (is the NVIDIA driver installed and the GPU visible?). Use --devices cpu, or leave --devices out to skip cuda when there is no GPU.");
                    }
                    break;
                case "ilgpu-cpu":
                    Warning("ilgpu-cpu runs the GPU kernels on ILGPU's CPU simulator: it is very slow; use it for testing with a small --size.");
                    break;
                default:
                    throw new PiiScanException($"Unknown device '{raw}' in --devices: use cpu, cuda or ilgpu-cpu (or auto alone).");
            }
            if (!devices.Contains(d))
            {
                devices.Add(d);
            }
        }
        if (devices.Count == 0)
        {
            throw new PiiScanException("--devices is empty: use cpu, cuda or ilgpu-cpu.");
        }
        return devices;
    }

    private BenchCorpusInfo Generate(string work, string name, int seed, long bytes)
    {
        var dir = Path.Combine(work, name);
        var marker = Path.Combine(work, name + ".marker");
        var stamp = $"seed={seed} bytes={bytes} generator=1";
        if (File.Exists(marker) && File.ReadAllText(marker).StartsWith(stamp + "\n", StringComparison.Ordinal) && Directory.Exists(dir))
        {
            var lines = File.ReadAllLines(marker);
            Info($"{name}: reusing {dir}");
            return new BenchCorpusInfo(dir, int.Parse(lines[1], System.Globalization.CultureInfo.InvariantCulture), long.Parse(lines[2], System.Globalization.CultureInfo.InvariantCulture), long.Parse(lines[3], System.Globalization.CultureInfo.InvariantCulture), DiskSize(dir), Reused: true);
        }
        TryDelete(dir);
        File.Delete(marker);
        if (name == "corpus")
        {
            Info($"generating {bytes / 1e6:0.0} MB of synthetic inference logs (seed {seed}) in {dir}");
        }
        var (files, records, written) = new BenchCorpusGenerator(seed).Write(dir, bytes);
        File.WriteAllText(marker, $"{stamp}\n{files.Count}\n{records}\n{written}\n");
        return new BenchCorpusInfo(dir, files.Count, records, written, DiskSize(dir));
    }

    private BenchDeviceResult RunDevice(string device, NerModel? model, string work, string corpus, string warmup, List<string> notes)
    {
        using var ner = model is null ? null : new NerRecognizer(model, NerSetup.CreateBackends(model, device, settings.Threads));
        var backend = ner is null ? "none" : $"{ner.BackendName} ({ner.BackendDevice})";
        var warmups = WarmUp(device, backend, ner, work, warmup);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        var reset = BenchMachine.TryResetPeakRss();
        if (!reset && notes.All(n => !n.StartsWith("peak RSS", StringComparison.Ordinal)))
        {
            notes.Add("peak RSS is the process-wide peak (VmHWM could not be reset): later devices include earlier ones.");
        }
        var timings = new StageTimings();
        var tokens0 = ner?.TokensProcessed ?? 0;
        Info($"{device}: measuring");
        var outDir = Path.Combine(work, "out-" + device);
        var (report, elapsed) = RunOnce(corpus, outDir, ner, timings, device, progress: !settings.Quiet);
        return new BenchDeviceResult
        {
            Device = device,
            Backend = backend,
            Ner = ner is not null,
            Seconds = elapsed.TotalSeconds,
            BytesRead = report.BytesRead,
            Records = report.RecordsRead,
            Findings = report.FindingsTotal,
            NerTokens = (ner?.TokensProcessed ?? 0) - tokens0,
            PeakRssBytes = BenchMachine.PeakRssBytes(),
            PeakRssMethod = reset ? "vmhwm-reset-per-device" : "process-peak",
            Stages = timings,
            FindingsPath = Path.Combine(outDir, "findings.parquet"),
            WarmupRuns = warmups,
        };
    }

    // Tiered JIT: hot loops start in unoptimized code and are recompiled in the background, which on a busy machine
    // takes seconds; one short run is not enough (a 10 MB run measured 4x slower than with tiering off). Repeat the
    // warm-up (with pauses for the background compiler) until two runs in a row take about the same time, at most 12
    // runs or 60 s (slow devices such as ilgpu-cpu stop after one long run).
    private int WarmUp(string device, string backend, NerRecognizer? ner, string work, string warmup)
    {
        Info($"{device}: warm-up ({backend})");
        var previous = double.MaxValue;
        var total = 0.0;
        for (var run = 1; ; run++)
        {
            var seconds = RunOnce(warmup, Path.Combine(work, "warmup-out-" + device), ner, null, device, progress: false).Elapsed.TotalSeconds;
            total += seconds;
            if ((run >= MinWarmupRuns && Math.Abs(seconds - previous) <= 0.1 * previous) || run >= MaxWarmupRuns || total >= WarmupBudgetSeconds)
            {
                return run;
            }
            previous = seconds;
            Thread.Sleep(250);
        }
    }

    private (RunReport Report, TimeSpan Elapsed) RunOnce(string corpus, string outDir, NerRecognizer? ner, StageTimings? timings, string device, bool progress)
    {
        TryDelete(outDir);
        var (policy, engine) = DetectionSetup.Build(null);
        var operators = OperatorFactory.BuildPolicy(policy, null, null);
        var (sources, root) = InputResolver.Resolve([corpus]);
        var options = new ScanOptions
        {
            OutputDirectory = outDir,
            Root = root,
            OutputParquet = true,
            Threads = settings.Threads,
            Model = ner?.Model.Name,
            Device = device,
            ReportedOptions = new Dictionary<string, object?> { ["bench"] = true, ["output_format"] = "parquet", ["threads"] = settings.Threads, ["device"] = device },
        };
        if (ner is not null)
        {
            ner.Timings = timings;
        }
        var pipeline = new ScanPipeline(options, engine, operators, this)
        {
            BeforeDetect = ner is null ? null : ner.Annotate,
            Timings = timings,
        };
        var clock = Stopwatch.StartNew();
        RunReport report;
        using (ProgressDisplay.Start(pipeline.Counters, !progress, stderr))
        {
            report = pipeline.RunAsync(sources).GetAwaiter().GetResult();
        }
        return (report, clock.Elapsed);
    }

    private void Info(string message)
    {
        if (!settings.Quiet)
        {
            stderr.WriteLine("piiscan bench: " + message);
        }
    }

    private static long DiskSize(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

    private static void TryDelete(string dir)
    {
        try
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary directory is not worth failing the run.
        }
    }
}
