using System.CommandLine;
using PiiScan.Merge;

namespace PiiScan.Cli;

/// <summary>The <c>merge</c> command: combines shard outputs into one scan output.</summary>
internal static class MergeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var inputs = new Argument<string[]>("outputs")
        {
            Description = "Output directories of the scans to merge (e.g. the shards of a scale-out job).",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out", "-o") { Description = "Directory for the merged findings.parquet, quarantine.jsonl, report.json/.html/.md, redacted/ (and subjects.parquet).", Required = true };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No summary." };
        var command = new Command("merge", """
            Merge the outputs of scans over disjoint inputs (shards: scan --shard i/N) into what one scan over all
            inputs writes: findings and quarantine in canonical order (source, then scan order), summed report
            (report.json, report.html, report.md), union of subjects.parquet, redacted/ trees hard-linked (or copied).

            Example:
              piiscan merge out/shard-0 out/shard-1 out/shard-2 --out out/merged
            """)
        {
            inputs, output, quiet,
        };
        command.SetAction(parse => CommandGuard.Run(stderr, () =>
        {
            var result = OutputMerger.MergeAsync(parse.GetValue(inputs) ?? [], parse.GetValue(output)!).GetAwaiter().GetResult();
            if (!parse.GetValue(quiet))
            {
                stdout.WriteLine($"Merged {parse.GetValue(inputs)!.Length} outputs: {result.Report.RecordsRead} records, {result.Findings} findings, "
                    + $"{result.QuarantineEntries} quarantined, {result.RedactedFiles} redacted files"
                    + (result.SubjectIndexMerged ? ", subject index" : "") + $" -> {parse.GetValue(output)}");
            }
            if (!result.PagesWritten)
            {
                stderr.WriteLine("note: report.html and report.md not written: a shard's report.json has no report_data (scanned by an older piiscan).");
            }
            return ExitCodes.Ok;
        }));
        return command;
    }
}
