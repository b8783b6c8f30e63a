using System.CommandLine;

namespace PiiScan.Cli;

/// <summary>Entry point shared by the executable and in-process tests.</summary>
internal static class PiiScanCli
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("""
            PiiScan: find and redact PII in logs and datasets (JSONL, CSV/TSV, Parquet, text; gzip/zstd).

            Examples:
              piiscan scan samples --out out
              piiscan scan logs/**/*.jsonl.gz --fields request.messages[*].content --out out
              piiscan scan data.csv --config policy.yaml --operator mask --out out
              piiscan dsr find --index out --keys keys.json --email jane.doe@example.com
              piiscan retention plan --policy samples/retention-policy.yaml --index out
              piiscan scrub-dataset train.jsonl --out train.clean.jsonl --consent-field metadata.training_opt_in
              piiscan bench --size 50MB --devices cpu --json bench/results/run.json
            """);
        root.Add(ScanCommand.Create(stdout, stderr));
        root.Add(EvalCommand.Create(stdout, stderr));
        root.Add(KeysCommand.Create(stdout, stderr));
        root.Add(ReidentifyCommand.Create(stdout, stderr));
        root.Add(MergeCommand.Create(stdout, stderr));
        root.Add(DsrCommand.Create(stdout, stderr));
        root.Add(RetentionCommand.Create(stdout, stderr));
        root.Add(ScrubDatasetCommand.Create(stdout, stderr));
        root.Add(BenchCommand.Create(stdout, stderr));
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"piiscan: {error.Message}");
            }
            stderr.WriteLine("Run 'piiscan --help' for usage.");
            return ExitCodes.UsageOrInputError;
        }
        return parse.Invoke(new InvocationConfiguration
        {
            Output = stdout,
            Error = stderr,
            // Ctrl+C is handled by the scan itself: it flushes and writes a partial report before exiting.
            ProcessTerminationTimeout = null,
            EnableDefaultExceptionHandler = false,
        });
    }
}
