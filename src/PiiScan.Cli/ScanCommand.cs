using System.CommandLine;
using PiiScan.Records;

namespace PiiScan.Cli;

/// <summary>The <c>scan</c> command: options and their help.</summary>
internal static class ScanCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files, directories (recursive), globs (quote them: 'logs/**/*.jsonl.gz'), or - for stdin.",
            Arity = ArgumentArity.OneOrMore,
        };
        inputs.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-')
                {
                    result.AddError($"Unknown option '{token.Value}'.");
                }
            }
        });
        var output = new Option<string>("--out", "-o") { Description = "Output directory for redacted/, findings.parquet, report.json, quarantine.jsonl.", Required = true };
        var fields = new Option<string[]>("--fields", "-f")
        {
            Description = "Fields to scan (default: every string value). JSON paths like request.messages[*].content or user.email; column names for CSV/Parquet. Repeat or separate with commas.",
            AllowMultipleArgumentsPerToken = true,
        };
        var inputFormat = new Option<string?>("--input-format") { Description = "Force the input format (required for stdin)." };
        inputFormat.AcceptOnlyFromAmong("jsonl", "csv", "tsv", "parquet", "text");
        var outputFormat = new Option<string>("--output-format") { Description = "same (default) or parquet.", DefaultValueFactory = _ => "same" };
        outputFormat.AcceptOnlyFromAmong("same", "parquet");
        var threads = new Option<int>("--threads", "-t") { Description = "Detection workers (default: all cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var config = new Option<string?>("--config", "-c") { Description = "YAML policy: operators per type, thresholds, allow/deny lists (see samples/policy.yaml)." };
        var op = new Option<string?>("--operator") { Description = "Operator for all types, overriding the policy: replace, mask, redact, or pseudonymize, fpe, hash (these need --keys)." };
        op.AcceptOnlyFromAmong("replace", "mask", "redact", "pseudonymize", "fpe", "hash");
        var findingsJsonl = new Option<bool>("--findings-jsonl") { Description = "Also write findings.jsonl." };
        var includeText = new Option<bool>("--findings-include-text") { Description = "Add the detected text to findings (for evaluation only: the findings then contain PII)." };
        var failOnFindings = new Option<bool>("--fail-on-findings") { Description = "Exit with 1 when anything was found." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress display and no summary." };
        var maxRecord = new Option<int>("--max-record-bytes") { Description = "Records larger than this are quarantined (default 16 MiB).", DefaultValueFactory = _ => 16 * 1024 * 1024 };
        var noRedacted = new Option<bool>("--no-redacted") { Description = "Write findings and report only, no redacted copies." };
        var model = new Option<string?>("--model") { Description = "NER model directory (default: the shipped models/pii-ner)." };
        var device = DeviceOption.Create();
        var keys = KeyOptions.Keys();
        var insecure = KeyOptions.Insecure();
        var timeField = new Option<string?>("--time-field") { Description = "Record time field (JSON path or column; RFC 3339 or epoch seconds/millis): report timeline per day, retention ages." };
        var noNer = new Option<bool>("--no-ner") { Description = "Do not run the NER model (patterns only: no PERSON, LOCATION, ORGANIZATION, STREET_ADDRESS)." };

        var maxDepth = new Option<int>("--max-json-depth") { Description = "JSON records nested deeper than this are quarantined (default 64).", DefaultValueFactory = _ => 64 };
        var shard = new Option<string?>("--shard") { Description = "Scan only shard i of N (i/N, 0-based): whole files assigned by a stable hash of their relative path. Combine shard outputs with 'piiscan merge'." };
        var resume = new Option<bool>("--resume") { Description = "Keep a manifest in --out; a rerun skips files already finished (same size, mtime and content hashes) and redoes the rest." };

        var command = new Command("scan", """
            Scan inputs for PII, write redacted copies, findings.parquet, report.json and quarantine.jsonl.

            Exit codes: 0 ok, 1 findings present (with --fail-on-findings), 2 usage or input error,
            3 finished with quarantined records, 4 internal error, 130 cancelled (Ctrl+C; a partial report is written).

            Examples:
              piiscan scan samples --out out
              piiscan scan 'logs/**/*.jsonl.gz' --fields request.messages[*].content,response.content --out out
              cat app.log | piiscan scan - --input-format text --out out
              piiscan scan customers.csv --fields email,notes --operator mask --out out
              piiscan scan logs --keys keys.json --operator pseudonymize --out out
              piiscan scan logs --keys keys.json --time-field timestamp --out out   # + subject index, timeline

            Also writes report.html and report.md; with a keyring, the DSR subject index subjects.parquet.
            """)
        {
            inputs, output, fields, inputFormat, outputFormat, threads, config, op, findingsJsonl, includeText,
            failOnFindings, quiet, maxRecord, noRedacted, model, noNer, keys, insecure, device, maxDepth, shard, resume, timeField,
        };
        command.SetAction(parse =>
        {
            var settings = new ScanSettings
            {
                Inputs = parse.GetValue(inputs) ?? [],
                Output = parse.GetValue(output)!,
                Fields = parse.GetValue(fields) ?? [],
                InputFormat = ParseFormat(parse.GetValue(inputFormat)),
                OutputParquet = parse.GetValue(outputFormat) == "parquet",
                Threads = parse.GetValue(threads),
                Config = parse.GetValue(config),
                Operator = parse.GetValue(op),
                FindingsJsonl = parse.GetValue(findingsJsonl),
                FindingsIncludeText = parse.GetValue(includeText),
                FailOnFindings = parse.GetValue(failOnFindings),
                Quiet = parse.GetValue(quiet),
                MaxRecordBytes = parse.GetValue(maxRecord),
                WriteRedacted = !parse.GetValue(noRedacted),
                Model = parse.GetValue(model),
                NoNer = parse.GetValue(noNer),
                Keys = parse.GetValue(keys),
                InsecureKeyring = parse.GetValue(insecure),
                Device = parse.GetValue(device),
                MaxJsonDepth = parse.GetValue(maxDepth),
                Shard = parse.GetValue(shard),
                Resume = parse.GetValue(resume),
                TimeField = parse.GetValue(timeField),
            };
            return new ScanRunner(settings, stdout, stderr).Run();
        });
        return command;
    }

    private static InputFormat? ParseFormat(string? value) => value switch
    {
        null => null,
        "jsonl" => InputFormat.Jsonl,
        "csv" => InputFormat.Csv,
        "tsv" => InputFormat.Tsv,
        "parquet" => InputFormat.Parquet,
        _ => InputFormat.Text,
    };
}
