using System.Runtime.InteropServices;
using PiiScan.Config;
using PiiScan.Detection;
using PiiScan.Dsr;
using PiiScan.Keys;
using PiiScan.Operators;
using PiiScan.Operators.Crypto;
using PiiScan.Pipeline;
using PiiScan.Readers;
using PiiScan.Reports;
using PiiScan.Resume;
using PiiScan.Sharding;

namespace PiiScan.Cli;

/// <summary>Runs a scan from parsed settings: builds the pipeline, shows progress, maps the outcome to an exit code.</summary>
internal sealed class ScanRunner(ScanSettings settings, TextWriter stdout, TextWriter stderr) : IScanObserver
{
    public int Run()
    {
        using var stop = new CancellationTokenSource();
        // First SIGINT (Ctrl+C) or SIGTERM: stop reading, finish what is in flight, flush, write a partial report.
        // A second signal gets the default behaviour and terminates the process.
        void OnSignal(PosixSignalContext ctx)
        {
            if (stop.IsCancellationRequested)
            {
                return;
            }
            ctx.Cancel = true;
            stderr.WriteLine("piiscan: stopping: finishing records in flight (press Ctrl+C again to abort)...");
            stop.Cancel();
        }
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        try
        {
            return Execute(stop.Token);
        }
        catch (PiiScanException ex)
        {
            stderr.WriteLine($"piiscan: error: {ex.Message}");
            return ExitCodes.UsageOrInputError;
        }
        catch (IOException ex)
        {
            stderr.WriteLine($"piiscan: error: cannot write or read a file ({ex.Message}). Check the path, permissions and free disk space.");
            return ExitCodes.UsageOrInputError;
        }
        catch (UnauthorizedAccessException ex)
        {
            stderr.WriteLine($"piiscan: error: permission denied ({ex.Message}). Choose a writable --out directory.");
            return ExitCodes.UsageOrInputError;
        }
    }

    public void Warning(string message) => stderr.WriteLine($"piiscan: warning: {message}");

    private int Execute(CancellationToken stop)
    {
        if (settings.Threads < 1)
        {
            throw new PiiScanException("--threads must be at least 1.");
        }
        var shard = settings.Shard is null ? ShardSpec.All : ShardSpec.Parse(settings.Shard);
        var (policy, engine) = DetectionSetup.Build(settings.Config);
        FieldSelector fields;
        try
        {
            fields = FieldSelector.Parse(settings.Fields);
        }
        catch (FormatException ex)
        {
            throw new PiiScanException(ex.Message + " Example: --fields request.messages[*].content");
        }
        var (sources, root) = InputResolver.Resolve(settings.Inputs, settings.InputFormat);
        if (sources.Count == 0)
        {
            throw new PiiScanException("No input files found: check the paths and globs you passed.");
        }
        sources = shard.Select(sources);
        var outDir = Path.GetFullPath(settings.Output);
        CheckOutputDirectory(outDir);

        using var keyring = Keyring.LoadDefault(settings.Keys, settings.InsecureKeyring);
        var operators = OperatorFactory.BuildPolicy(policy, settings.Operator, keyring is null ? null : CryptoOperators.CreateFactory(keyring));
        if (settings.FindingsIncludeText)
        {
            Warning("--findings-include-text writes detected values into the findings: treat them as PII.");
        }
        var options = new ScanOptions
        {
            OutputDirectory = outDir,
            Root = root,
            Reader = new ReaderOptions { Fields = fields, MaxRecordBytes = settings.MaxRecordBytes, MaxJsonDepth = settings.MaxJsonDepth },
            OutputParquet = settings.OutputParquet,
            WriteRedacted = settings.WriteRedacted,
            Threads = settings.Threads,
            FindingsJsonl = settings.FindingsJsonl,
            FindingsIncludeText = settings.FindingsIncludeText,
            ReportedOptions = ReportedOptions(root),
        };
        using var ner = NerSetup.Create(settings, settings.Threads, Warning, policy);
        if (ner is not null)
        {
            if (!settings.Quiet)
            {
                stderr.WriteLine($"piiscan: NER model {ner.Model.Name} on {ner.BackendName} ({ner.BackendDevice})");
            }
            options = options with { Model = ner.Model.Name, Device = $"{ner.BackendName} ({ner.BackendDevice})" };
        }
        using var subjects = keyring is null ? null : SubjectHasher.ForActiveKey(keyring);
        var reportSink = new ReportSink(outDir, settings.TimeField);
        var sinks = new List<IScanSink> { reportSink };
        if (subjects is not null)
        {
            sinks.Add(new SubjectIndexSink(outDir, root, subjects, policy.PhoneRegion, settings.TimeField));
        }
        // With --resume the session's sink wraps the others (IResumableSink ones keep their outputs across runs).
        using var resume = settings.Resume ? ResumeSession.Open(options, sources, ResumeSetup.Fingerprint(settings, root, keyring?.ActiveKeyId), sinks) : null;
        var pipeline = new ScanPipeline(options, engine, operators, this)
        {
            BeforeDetect = ner is null ? reportSink.Capture : b =>
            {
                reportSink.Capture(b);
                ner.Annotate(b);
            },
            Sinks = resume is null ? sinks : [resume.Sink],
        };
        if (resume is not null && resume.SkippedCount > 0 && !settings.Quiet)
        {
            stderr.WriteLine($"piiscan: resume: {resume.SkippedCount} of {sources.Count} files already finished; scanning {resume.Pending.Count}.");
        }
        RunReport report;
        using (var progress = ProgressDisplay.Start(pipeline.Counters, settings.Quiet, stderr))
        {
            report = pipeline.RunAsync(resume?.Pending ?? sources, stop).GetAwaiter().GetResult();
        }
        if (!settings.Quiet)
        {
            Summary.Print(report, outDir, stdout);
        }
        if (report.Status == "cancelled")
        {
            stderr.WriteLine("piiscan: cancelled: partial outputs and report written.");
            return ExitCodes.Cancelled;
        }
        if (report.RecordsQuarantined > 0)
        {
            return ExitCodes.Quarantined;
        }
        return settings.FailOnFindings && report.FindingsTotal > 0 ? ExitCodes.FindingsPresent : ExitCodes.Ok;
    }

    private static void CheckOutputDirectory(string outDir)
    {
        if (File.Exists(outDir))
        {
            throw new PiiScanException($"--out '{outDir}' is a file: pass a directory.");
        }
        try
        {
            Directory.CreateDirectory(outDir);
            var probe = Path.Combine(outDir, $".piiscan-write-test-{Environment.ProcessId}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new PiiScanException($"Cannot write to output directory '{outDir}' ({ex.GetType().Name}): choose a writable --out directory.");
        }
    }

    private Dictionary<string, object?> ReportedOptions(string root) => new()
    {
        ["inputs"] = settings.Inputs,
        ["root"] = root,
        ["out"] = settings.Output,
        ["fields"] = settings.Fields,
        ["input_format"] = settings.InputFormat?.ToString().ToLowerInvariant(),
        ["output_format"] = settings.OutputParquet ? "parquet" : "same",
        ["threads"] = settings.Threads,
        ["config"] = settings.Config,
        ["operator"] = settings.Operator,
        ["findings_jsonl"] = settings.FindingsJsonl,
        ["findings_include_text"] = settings.FindingsIncludeText,
        ["max_record_bytes"] = settings.MaxRecordBytes,
        ["max_json_depth"] = settings.MaxJsonDepth,
        ["shard"] = settings.Shard,
        ["resume"] = settings.Resume,
        ["redacted"] = settings.WriteRedacted,
        ["model"] = settings.Model,
        ["ner"] = !settings.NoNer,
        ["device"] = settings.Device ?? Environment.GetEnvironmentVariable("PIISCAN_DEVICE") ?? "auto",
        ["time_field"] = settings.TimeField,
        ["keyring"] = settings.Keys is null && Environment.GetEnvironmentVariable(Keyring.EnvironmentVariable) is null ? null : "yes",
    };
}
