using System.CommandLine;
using PiiScan.Keys;
using PiiScan.Operators;
using PiiScan.Operators.Crypto;
using PiiScan.Scrub;
using PiiScan.Writers;

namespace PiiScan.Cli;

/// <summary><c>scrub-dataset</c>: removes PII from fine-tuning datasets (chat and prompt/completion JSONL).</summary>
internal static class ScrubDatasetCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = new Argument<string>("input") { Description = "Dataset JSONL (optionally gzip/zstd): chat {\"messages\":[{\"role\",\"content\"}]} or {\"prompt\",\"completion\"}." };
        var output = new Option<string>("--out", "-o") { Description = "Scrubbed JSONL (written atomically); counts go to OUT.report.json.", Required = true };
        var config = new Option<string?>("--config", "-c") { Description = "YAML policy: operators per type, thresholds, allow/deny lists." };
        var op = new Option<string?>("--operator") { Description = "Operator for all types: replace, mask, redact, pseudonymize, fpe, hash." };
        op.AcceptOnlyFromAmong("replace", "mask", "redact", "pseudonymize", "fpe", "hash");
        var keys = KeyOptions.Keys();
        var insecure = KeyOptions.Insecure();
        var consent = new Option<string?>("--consent-field") { Description = "JSON path of a consent flag (e.g. metadata.training_opt_in); records where it is not true are dropped." };
        var model = new Option<string?>("--model") { Description = "NER model directory (default: the shipped models/pii-ner)." };
        var noNer = new Option<bool>("--no-ner") { Description = "Patterns only (no PERSON, LOCATION, ORGANIZATION, STREET_ADDRESS)." };
        var command = new Command("scrub-dataset", """
            Scrub a fine-tuning dataset: every message content (string or text parts) or prompt/completion string is
            scrubbed with the policy's operators; roles, message order and all other fields stay unchanged, so every
            kept record is still valid for fine-tuning. Records are dropped and counted (never passed through
            unscrubbed) when: the consent field is not true (dropped_no_consent), the line is not a JSON object
            (dropped_unparseable), the shape is neither chat nor prompt/completion (dropped_unknown_format), or the
            record cannot be scrubbed safely (dropped_unsafe: unexpected content types, an operator error, or PII
            still detected after scrubbing).

            Examples:
              piiscan scrub-dataset train.jsonl --out train.scrubbed.jsonl
              piiscan scrub-dataset chats.jsonl.gz --out clean.jsonl --config policy.yaml --consent-field metadata.training_opt_in
              piiscan scrub-dataset train.jsonl --out pseudo.jsonl --keys keys.json --operator pseudonymize
            """)
        {
            input, output, config, op, keys, insecure, consent, model, noNer,
        };
        command.SetAction(parse => CommandGuard.Run(stderr, () =>
        {
            var (policy, engine) = DetectionSetup.Build(parse.GetValue(config));
            using var keyring = Keyring.LoadDefault(parse.GetValue(keys), parse.GetValue(insecure));
            var operators = OperatorFactory.BuildPolicy(policy, parse.GetValue(op), keyring is null ? null : CryptoOperators.CreateFactory(keyring));
            using var ner = NerSetup.Create(new ScanSettings { Inputs = [], Output = "", Model = parse.GetValue(model), NoNer = parse.GetValue(noNer) }, 1, m => stderr.WriteLine($"piiscan: warning: {m}"));
            var scrubber = new DatasetScrubber(engine, operators)
            {
                ConsentField = parse.GetValue(consent),
                BeforeDetect = ner is null ? null : ner.Annotate,
            };
            var inPath = Path.GetFullPath(parse.GetValue(input)!);
            var outPath = Path.GetFullPath(parse.GetValue(output)!);
            if (inPath == outPath)
            {
                throw new PiiScanException("--out must differ from the input.");
            }
            var counts = scrubber.Run(inPath, outPath);
            var report = AtomicFile.Create(outPath + ".report.json");
            try
            {
                counts.WriteJson(report.Stream, inPath, outPath);
                report.Commit();
            }
            finally
            {
                report.Abort();
            }
            stdout.WriteLine($"piiscan scrub-dataset: {counts.Read:N0} records read, {counts.Kept:N0} kept, {counts.Read - counts.Kept:N0} dropped.");
            foreach (var (k, v) in counts.Records)
            {
                stdout.WriteLine($"  {k}: {v:N0}");
            }
            stdout.WriteLine($"  values scrubbed: {string.Join(", ", counts.ValuesByType.Select(p => $"{p.Key} {p.Value:N0}"))}");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
