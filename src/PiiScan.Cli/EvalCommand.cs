using System.CommandLine;
using PiiScan.Evaluation;
using PiiScan.Evaluation.Fixtures;

namespace PiiScan.Cli;

/// <summary>The <c>eval</c> command: precision, recall and F1 of the scan's detection on labeled data.</summary>
internal static class EvalCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var data = new Option<string>("--data", "-d") { Description = "Labeled JSONL: {\"text\",\"spans\":[{start,end,type}]} (code points; an optional \"key\" is the field or column name the value sits under, read as context as in a scan) or {\"tokens\",\"tags\"} (BIO). Required unless --fixtures or --write-fixtures is given." };
        var labelMap = new Option<string?>("--label-map") { Description = "Map gold labels to types, e.g. PER=PERSON,LOC=LOCATION,ORG=ORGANIZATION. Unmapped labels are ignored." };
        var joinMentions = new Option<bool>("--join-split-mentions") { Description = "Token data: write a lone '@' token and the handle token after it back as '@handle' (as the tweet had it) and score a mention whose handle is an entity as ONE gold span of the handle's type (the Broad Twitter Corpus tags the two tokens as two entities; PiiScan reports the mention as one)." };
        var skipGlued = new Option<bool>("--skip-glued-handles") { Description = "Token data: leave a token that is a whole mention '@handle' tagged O out of scoring (predictions on it are neither hits nor false positives; the count is printed). The Broad Twitter Corpus annotated mentions only where its tokenizer split '@' from the handle and never one it left glued (0 of 397 in train and dev), though the tweets wrote both alike. Not the default: scores are comparable with other tools without it." };
        var json = new Option<bool>("--json") { Description = "Print {\"types\": {...}, \"micro\": {...}} as JSON." };
        var config = new Option<string?>("--config", "-c") { Description = "YAML policy (thresholds, allow/deny lists)." };
        var model = new Option<string?>("--model") { Description = "NER model directory (default: the shipped model)." };
        var noNer = new Option<bool>("--no-ner") { Description = "Patterns only." };
        var fixtures = new Option<int?>("--fixtures") { Description = "Evaluate on N generated fixture examples (structured PII in logs, chats, configs, CSV, with hard negatives) instead of --data." };
        var writeFixtures = new Option<string?>("--write-fixtures") { Description = "Write the generated fixture corpus (--count examples, --seed) as labeled JSONL to FILE and exit." };
        var seed = new Option<int>("--seed") { Description = "Seed of the generated fixtures.", DefaultValueFactory = _ => FixtureCorpusGenerator.DefaultSeed };
        var count = new Option<int>("--count") { Description = "Number of examples for --write-fixtures.", DefaultValueFactory = _ => FixtureCorpusGenerator.DefaultCount };
        var errors = new Option<string?>("--errors") { Description = "Write each example with an exact-span error (text, missed gold spans, spurious predictions) to FILE as JSONL, for error analysis." };
        var device = DeviceOption.Create();
        var command = new Command("eval", """
            Measure detection quality on labeled data: per-type precision, recall and F1 for exact-span and overlap matching.
            Predicted types that never occur in the gold data are ignored.

            Examples:
              piiscan eval --data ../shared/data/ner/uner_en_ewt/dev.jsonl --label-map PER=PERSON,LOC=LOCATION,ORG=ORGANIZATION
              piiscan eval --data ../shared/data/ner/btc/dev.jsonl --label-map PER=PERSON,LOC=LOCATION,ORG=ORGANIZATION --join-split-mentions
              piiscan eval --data ../shared/data/ner/btc/dev.jsonl --label-map PER=PERSON,LOC=LOCATION,ORG=ORGANIZATION --join-split-mentions --skip-glued-handles
              piiscan eval --data fixtures.jsonl --no-ner --json --errors errors.jsonl
              piiscan eval --fixtures 3000 --seed 20261124 --no-ner
              piiscan eval --write-fixtures structured-fixtures.jsonl --seed 20261124 --count 3000
            """)
        {
            data, labelMap, joinMentions, skipGlued, json, config, model, noNer, fixtures, writeFixtures, seed, count, errors, device,
        };
        command.SetAction(parse => CommandGuard.Run(stderr, () =>
        {
            var dataPath = parse.GetValue(data);
            var fixtureCount = parse.GetValue(fixtures);
            var writePath = parse.GetValue(writeFixtures);
            if (writePath is not null)
            {
                var n = parse.GetValue(count);
                if (n < 0)
                {
                    throw new PiiScanException("--count must be 0 or more.");
                }
                try
                {
                    using var file = File.Create(writePath);
                    FixtureCorpusGenerator.WriteJsonl(new FixtureCorpusGenerator(parse.GetValue(seed)).Generate(n), file);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    throw new PiiScanException($"cannot write --write-fixtures '{writePath}': {ex.Message}");
                }
                stderr.WriteLine($"piiscan: wrote {n:N0} fixture examples (seed {parse.GetValue(seed)}) to {writePath}");
                return ExitCodes.Ok;
            }
            if (dataPath is not null && fixtureCount is not null)
            {
                throw new PiiScanException("eval takes either --data FILE or --fixtures N, not both.");
            }
            if (fixtureCount is < 0)
            {
                throw new PiiScanException("--fixtures must be 0 or more.");
            }
            var map = LabeledDataReader.ParseLabelMap(parse.GetValue(labelMap));
            var examples = fixtureCount is int fc
                ? new FixtureCorpusGenerator(parse.GetValue(seed)).Generate(fc)
                : LabeledDataReader.Read(dataPath ?? throw new PiiScanException("eval needs labeled data: pass --data FILE, or --fixtures N to generate the structured-PII fixture corpus."), map, parse.GetValue(joinMentions), parse.GetValue(skipGlued));
            var (policy, engine) = DetectionSetup.Build(parse.GetValue(config));
            var settings = new ScanSettings { Inputs = [], Output = "", Model = parse.GetValue(model), NoNer = parse.GetValue(noNer), Device = parse.GetValue(device) };
            using var ner = NerSetup.Create(settings, 1, m => stderr.WriteLine($"piiscan: warning: {m}"), policy);
            var errorsPath = parse.GetValue(errors);
            EvaluationResult result;
            try
            {
                using var errorStream = errorsPath is null ? null : File.Create(errorsPath);
                result = new Evaluator(engine, ner).Evaluate(examples, errorStream);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new PiiScanException($"cannot write --errors '{errorsPath}': {ex.Message}");
            }
            if (parse.GetValue(json))
            {
                using var stream = new MemoryStream();
                result.WriteJson(stream);
                stdout.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
            }
            else
            {
                PrintTable(result, stdout);
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void PrintTable(EvaluationResult result, TextWriter stdout)
    {
        stdout.WriteLine($"{result.Examples:N0} examples");
        stdout.WriteLine($"{"type",-20} {"tp",7} {"fp",7} {"fn",7} {"P",7} {"R",7} {"F1",7} | {"P~",7} {"R~",7} {"F1~",7}");
        foreach (var (type, exact) in result.Exact)
        {
            Row(type, exact, result.Overlap[type]);
        }
        Row("micro", EvaluationResult.Micro(result.Exact.Values), EvaluationResult.Micro(result.Overlap.Values));
        stdout.WriteLine("P/R/F1: exact span; P~/R~/F1~: overlap.");
        if (result.UnscoredPredictions > 0)
        {
            stdout.WriteLine($"{result.UnscoredPredictions:N0} predictions inside unscored ranges (--skip-glued-handles) left out.");
        }

        void Row(string name, TypeMetrics e, TypeMetrics o) =>
            stdout.WriteLine($"{name,-20} {e.Tp,7} {e.Fp,7} {e.Fn,7} {e.Precision,7:0.000} {e.Recall,7:0.000} {e.F1,7:0.000} | {o.Precision,7:0.000} {o.Recall,7:0.000} {o.F1,7:0.000}");
    }
}
