using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using PiiScan.Dsr;
using PiiScan.Keys;
using PiiScan.Operators;
using PiiScan.Operators.Crypto;
using PiiScan.Retention;

namespace PiiScan.Cli;

/// <summary><c>retention plan|apply</c>: data retention by category, age and action.</summary>
internal static class RetentionCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("retention", """
            Enforce a retention policy (YAML: categories matched by path glob and optionally a field value, each with a
            period and an action: delete, redact or keep; see samples/retention-policy.yaml). 'plan' measures record
            ages and writes retention-plan.parquet and retention-plan.md; 'apply' performs a plan (dry run unless
            --execute), atomically, and appends to retention-audit.jsonl.

            Examples:
              piiscan scan logs --time-field timestamp --out out
              piiscan retention plan --policy samples/retention-policy.yaml --index out
              piiscan retention apply --plan out/retention-plan.parquet            # dry run
              piiscan retention apply --plan out/retention-plan.parquet --execute
            """);
        command.Add(Plan(stdout, stderr));
        command.Add(Apply(stdout, stderr));
        return command;
    }

    private static Command Plan(TextWriter stdout, TextWriter stderr)
    {
        var policy = new Option<string>("--policy", "-p") { Description = "Retention policy YAML.", Required = true };
        var index = new Option<string>("--index") { Description = "Scan output directory (findings.parquet, report.json) used for PII types and the scan root.", Required = true };
        var inputs = new Option<string?>("--inputs") { Description = "Root of the original inputs (default: the scan root recorded by the scan)." };
        var now = new Option<string?>("--now") { Description = "Evaluate ages at this time (RFC 3339; default: now)." };
        var timeField = new Option<string?>("--time-field") { Description = "Record time field (default: the policy's time_field, else the scan's --time-field, else file modification times)." };
        var output = new Option<string?>("--out", "-o") { Description = "Where to write retention-plan.parquet and retention-plan.md (default: the index directory)." };
        var command = new Command("plan", """
            Plan retention: per source (and per UTC day when record times are known) the category, oldest and newest
            record, records past retention, PII types present (from the scan's findings), action and reason.
            Record age comes from --time-field (RFC 3339 or epoch seconds/millis) or the file modification time.

            Examples:
              piiscan retention plan --policy samples/retention-policy.yaml --index out
              piiscan retention plan --policy policy.yaml --index out --inputs /data/logs --now 2026-12-01T00:00:00Z
            """)
        {
            policy, index, inputs, now, timeField, output,
        };
        command.SetAction(parse => CommandGuard.Run(stderr, () =>
        {
            var indexDir = Path.GetFullPath(parse.GetValue(index)!);
            var retention = RetentionPolicy.Load(parse.GetValue(policy)!);
            var scan = ReadScanOptions(indexDir);
            var root = parse.GetValue(inputs) ?? scan.Root
                ?? throw new PiiScanException($"The scan root is not recorded in '{indexDir}': pass --inputs ROOT.");
            var tf = parse.GetValue(timeField) ?? retention.TimeField ?? scan.TimeField;
            var at = DateTimeOffset.UtcNow;
            if (parse.GetValue(now) is { } n && !DateTimeOffset.TryParse(n, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out at))
            {
                throw new PiiScanException($"--now '{n}' is not an RFC 3339 time (e.g. 2026-12-01T00:00:00Z).");
            }
            var outDir = Path.GetFullPath(parse.GetValue(output) ?? indexDir);
            Directory.CreateDirectory(outDir);
            var planner = new RetentionPlanner(retention, Path.GetFullPath(root), tf, scan.Config ?? "");
            var rows = planner.Plan(at, Path.Combine(indexDir, "findings.parquet"), [indexDir, outDir]);
            var path = RetentionPlanFile.Write(outDir, rows, at, parse.GetValue(policy)!);
            stdout.WriteLine($"piiscan retention plan: {rows.Select(r => r.Source).Distinct().Count():N0} sources, {rows.Sum(r => r.Records):N0} records, {rows.Sum(r => r.RecordsExpired):N0} past retention.");
            foreach (var g in rows.Where(r => r.Planned != "none").GroupBy(r => r.Planned).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                stdout.WriteLine($"  {g.Key}: {g.Sum(r => r.RecordsExpired):N0} records in {g.Select(r => r.Source).Distinct().Count():N0} sources");
            }
            stdout.WriteLine($"Plan: {path} (summary: {Path.Combine(outDir, "retention-plan.md")}). Review it, then: piiscan retention apply --plan {path} --execute");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Apply(TextWriter stdout, TextWriter stderr)
    {
        var plan = new Option<string>("--plan") { Description = "retention-plan.parquet written by 'retention plan'.", Required = true };
        var execute = new Option<bool>("--execute") { Description = "Really change files (default: dry run that prints what would be done)." };
        var config = new Option<string?>("--config", "-c") { Description = "Policy for redact (default: the scan's --config recorded in the plan)." };
        var op = new Option<string?>("--operator") { Description = "Operator for all types when redacting (as on scan)." };
        op.AcceptOnlyFromAmong("replace", "mask", "redact", "pseudonymize", "fpe", "hash");
        var keys = KeyOptions.Keys();
        var insecure = KeyOptions.Insecure();
        var model = new Option<string?>("--model") { Description = "NER model directory for redact (default: the shipped model)." };
        var noNer = new Option<bool>("--no-ner") { Description = "Redact with patterns only." };
        var command = new Command("apply", """
            Perform a retention plan. Dry run (prints what it would do) unless --execute. delete-file removes a file
            whose records are all past retention; delete-records and redact-records rewrite the file atomically
            (temporary file + rename, modification time kept) dropping or redacting only the expired records.
            Every run appends to retention-audit.jsonl beside the plan.

            Examples:
              piiscan retention apply --plan out/retention-plan.parquet
              piiscan retention apply --plan out/retention-plan.parquet --execute --no-ner
            """)
        {
            plan, execute, config, op, keys, insecure, model, noNer,
        };
        command.SetAction(parse => CommandGuard.Run(stderr, () =>
        {
            var planPath = parse.GetValue(plan)!;
            var rows = RetentionPlanFile.Read(planPath);
            var probe = new RetentionApplier(rows, planPath);
            Keyring? keyring = null;
            Ner.NerRecognizer? ner = null;
            try
            {
                var applier = probe;
                if (probe.NeedsDetection && parse.GetValue(execute))
                {
                    var cfg = parse.GetValue(config) ?? rows.Select(r => r.Config).FirstOrDefault(c => c.Length > 0);
                    var (policy, engine) = DetectionSetup.Build(cfg);
                    keyring = Keyring.LoadDefault(parse.GetValue(keys), parse.GetValue(insecure));
                    var operators = OperatorFactory.BuildPolicy(policy, parse.GetValue(op), keyring is null ? null : CryptoOperators.CreateFactory(keyring));
                    ner = NerSetup.Create(new ScanSettings { Inputs = [], Output = "", Model = parse.GetValue(model), NoNer = parse.GetValue(noNer) }, 1, m => stderr.WriteLine($"piiscan: warning: {m}"));
                    applier = new RetentionApplier(rows, planPath) { Engine = engine, Operators = operators, BeforeDetect = ner is null ? null : ner.Annotate };
                }
                var results = applier.Apply(parse.GetValue(execute), stdout);
                stdout.WriteLine(parse.GetValue(execute)
                    ? $"piiscan retention apply: {results.Sum(r => r.Records):N0} records in {results.Count:N0} sources."
                    : $"piiscan retention apply: dry run, nothing changed ({results.Count:N0} sources would change). Add --execute to apply.");
            }
            finally
            {
                ner?.Dispose();
                keyring?.Dispose();
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static (string? Root, string? TimeField, string? Config) ReadScanOptions(string indexDir)
    {
        string? root = null, timeField = null, config = null;
        var report = Path.Combine(indexDir, "report.json");
        if (File.Exists(report))
        {
            try
            {
                using var doc = JsonDocument.Parse(File.ReadAllBytes(report));
                if (doc.RootElement.TryGetProperty("options", out var o) && o.ValueKind == JsonValueKind.Object)
                {
                    root = Str(o, "root");
                    timeField = Str(o, "time_field");
                    config = Str(o, "config");
                }
            }
            catch (JsonException)
            {
                throw new PiiScanException($"'{report}' is not a PiiScan report.");
            }
        }
        if (root is null && File.Exists(Path.Combine(indexDir, SubjectIndexManifest.FileName)))
        {
            root = SubjectIndexManifest.Load(indexDir).Root;
        }
        if (config is not null)
        {
            config = Path.GetFullPath(config);
        }
        return (root, timeField, config);
    }

    private static string? Str(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
