using System.CommandLine;
using System.Text.Json;
using PiiScan.Detection;
using PiiScan.Keys;
using PiiScan.Operators;
using PiiScan.Operators.Crypto;
using PiiScan.Pipeline;
using PiiScan.Readers;
using PiiScan.Reidentification;
using PiiScan.Reports;

namespace PiiScan.Cli;

/// <summary><c>reidentify</c>: restores originals from pseudonym tokens (and FPE values, given the findings).</summary>
internal static class ReidentifyCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Pseudonymized files or directories (as written by scan).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out", "-o") { Description = "Output directory: restored/ and reidentify-audit.jsonl.", Required = true };
        var keys = KeyOptions.Keys();
        var insecure = KeyOptions.Insecure();
        var types = new Option<string?>("--types") { Description = "Only restore these types, e.g. PERSON,EMAIL_ADDRESS." };
        var findings = new Option<string?>("--findings") { Description = "findings.parquet of the scan: also restores FPE values." };
        var fpeKey = new Option<string?>("--fpe-key") { Description = "Key id used for FPE values (default: the active key)." };
        var threads = new Option<int>("--threads", "-t") { Description = "Workers.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("reidentify", """
            Restore original values from [[TYPE:KEYID:PAYLOAD]] tokens (any key id in the keyring) and, with --findings,
            from FPE values. Outputs keep the input format. Every run appends an audit line (time, user, inputs, counts;
            never values) to reidentify-audit.jsonl in the output directory.

            Examples:
              piiscan reidentify out/redacted --keys keys.json --out restored
              piiscan reidentify out/redacted --keys keys.json --findings out/findings.parquet --types PERSON --out r
            """)
        {
            inputs, output, keys, insecure, types, findings, fpeKey, threads,
        };
        command.SetAction(parse => CommandGuard.Run(stderr, () =>
        {
            return Run(parse.GetValue(inputs)!, parse.GetValue(output)!, parse.GetValue(keys), parse.GetValue(insecure),
                parse.GetValue(types), parse.GetValue(findings), parse.GetValue(fpeKey), parse.GetValue(threads), stdout);
        }));
        return command;
    }

    private static int Run(string[] inputs, string outDir, string? keysPath, bool insecure, string? typeList, string? findingsPath, string? fpeKey, int threads, TextWriter stdout)
    {
        using var keyring = Keyring.LoadDefault(keysPath, insecure)
            ?? throw new PiiScanException("reidentify needs a keyring: pass --keys FILE or set PIISCAN_KEYRING.");
        if (fpeKey is not null && !keyring.TryGetKey(fpeKey, out _))
        {
            throw new PiiScanException($"--fpe-key {fpeKey} is not in the keyring.");
        }
        HashSet<string>? typeFilter = null;
        if (typeList is not null)
        {
            typeFilter = new HashSet<string>(StringComparer.Ordinal);
            foreach (var t in typeList.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                typeFilter.Add(EntityTypes.IsKnown(t) ? EntityTypes.Normalize(t) : throw new PiiScanException($"--types: unknown type '{t}'."));
            }
        }
        var fpeIndex = findingsPath is null ? null : FpeFindingsIndex.Build(FindingsReader.ReadAllAsync(findingsPath).GetAwaiter().GetResult());
        var (sources, root) = InputResolver.Resolve(inputs, null);
        outDir = Path.GetFullPath(outDir);
        using var reidentifier = new Reidentifier(keyring, typeFilter);
        var staging = $".restored.tmp-{Environment.ProcessId}";
        var options = new ScanOptions
        {
            OutputDirectory = outDir,
            Root = root,
            RedactedDirectory = staging,
            Threads = Math.Max(1, threads),
            ReportedOptions = new Dictionary<string, object?> { ["command"] = "reidentify", ["inputs"] = inputs, ["types"] = typeList, ["findings"] = findingsPath },
        };
        var engine = new DetectionEngine([new PseudonymTokenRecognizer(typeFilter)], new DetectionPolicy(defaultThreshold: 0f));
        var pipeline = new ScanPipeline(options, engine, new OperatorPolicy(new RestoreOperator(reidentifier, fpeKey)))
        {
            BeforeDetect = fpeIndex is null ? null : fpeIndex.Annotate,
        };
        var report = pipeline.RunAsync(sources).GetAwaiter().GetResult();
        var stagingPath = Path.Combine(outDir, staging);
        if (reidentifier.MissingKeyIds.Count > 0 || (reidentifier.Failed > 0 && reidentifier.Restored == 0))
        {
            Directory.Delete(stagingPath, recursive: true);
            AppendAudit(outDir, inputs, typeList, findingsPath, report, reidentifier, "refused");
            var missing = reidentifier.MissingKeyIds.Count > 0 ? $" Key ids not in the keyring: {string.Join(", ", reidentifier.MissingKeyIds)}." : "";
            throw new PiiScanException($"{reidentifier.Failed} values could not be restored with this keyring (wrong key or tampered tokens); nothing was written.{missing}");
        }
        var final = Path.Combine(outDir, "restored");
        if (Directory.Exists(final))
        {
            Directory.Delete(final, recursive: true);
        }
        if (Directory.Exists(stagingPath))
        {
            Directory.Move(stagingPath, final);
        }
        AppendAudit(outDir, inputs, typeList, findingsPath, report, reidentifier, "completed");
        stdout.WriteLine($"piiscan reidentify: {reidentifier.Restored:N0} values restored, {reidentifier.Failed:N0} failed, {report.RecordsRead:N0} records. Outputs in {final}");
        return report.RecordsQuarantined > 0 ? ExitCodes.Quarantined : ExitCodes.Ok;
    }

    private static void AppendAudit(string outDir, string[] inputs, string? types, string? findings, RunReport report, Reidentifier reidentifier, string status)
    {
        using var stream = new FileStream(Path.Combine(outDir, "reidentify-audit.jsonl"), FileMode.Append, FileAccess.Write, FileShare.Read);
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteString("time", DateTimeOffset.UtcNow.ToString("O"));
            w.WriteString("user", Environment.UserName);
            w.WriteString("host", Environment.MachineName);
            w.WriteString("status", status);
            w.WriteStartArray("inputs");
            foreach (var i in inputs)
            {
                w.WriteStringValue(Path.GetFullPath(i));
            }
            w.WriteEndArray();
            w.WriteString("types", types ?? "all");
            w.WriteString("findings", findings);
            w.WriteNumber("records", report.RecordsRead);
            w.WriteNumber("restored", reidentifier.Restored);
            w.WriteNumber("failed", reidentifier.Failed);
            w.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
    }
}
