using System.CommandLine;
using PiiScan.Evaluation;

namespace PiiScan.Cli;

/// <summary>The <c>eval</c> command: precision, recall and F1 of the scan's detection on labeled data.</summary>
internal static class EvalCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var data = new Option<string>("--data", "-d") { Description = "Labeled JSONL: {\"text\",\"spans\":[{start,end,type}]} (code points) or {\"tokens\",\"tags\"} (BIO).", Required = true };
        var labelMap = new Option<string?>("--label-map") { Description = "Map gold labels to types, e.g. PER=PERSON,LOC=LOCATION,ORG=ORGANIZATION. Unmapped labels are ignored." };
        var json = new Option<bool>("--json") { Description = "Print {\"types\": {...}, \"micro\": {...}} as JSON." };
        var config = new Option<string?>("--config", "-c") { Description = "YAML policy (thresholds, allow/deny lists)." };
        var model = new Option<string?>("--model") { Description = "NER model directory (default: the shipped model)." };
        var noNer = new Option<bool>("--no-ner") { Description = "Patterns only." };
        var device = DeviceOption.Create();
        var command = new Command("eval", """
            Measure detection quality on labeled data: per-type precision, recall and F1 for exact-span and overlap matching.
            Predicted types that never occur in the gold data are ignored.

            Examples:
              piiscan eval --data ../shared/data/ner/uner_en_ewt/dev.jsonl --label-map PER=PERSON,LOC=LOCATION,ORG=ORGANIZATION
              piiscan eval --data fixtures.jsonl --no-ner --json
            """)
        {
            data, labelMap, json, config, model, noNer, device,
        };
        command.SetAction(parse =>
        {
            try
            {
                var map = LabeledDataReader.ParseLabelMap(parse.GetValue(labelMap));
                var examples = LabeledDataReader.Read(parse.GetValue(data)!, map);
                var (_, engine) = DetectionSetup.Build(parse.GetValue(config));
                var settings = new ScanSettings { Inputs = [], Output = "", Model = parse.GetValue(model), NoNer = parse.GetValue(noNer), Device = parse.GetValue(device) };
                using var ner = NerSetup.Create(settings, 1, m => stderr.WriteLine($"piiscan: warning: {m}"));
                var result = new Evaluator(engine, ner).Evaluate(examples);
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
            }
            catch (PiiScanException ex)
            {
                stderr.WriteLine($"piiscan: error: {ex.Message}");
                return ExitCodes.UsageOrInputError;
            }
        });
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

        void Row(string name, TypeMetrics e, TypeMetrics o) =>
            stdout.WriteLine($"{name,-20} {e.Tp,7} {e.Fp,7} {e.Fn,7} {e.Precision,7:0.000} {e.Recall,7:0.000} {e.F1,7:0.000} | {o.Precision,7:0.000} {o.Recall,7:0.000} {o.F1,7:0.000}");
    }
}
