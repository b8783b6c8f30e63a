using PiiScan.Reports;

namespace PiiScan.Cli;

/// <summary>The plain end-of-run summary (counts and paths only).</summary>
internal static class Summary
{
    public static void Print(RunReport report, string outDir, TextWriter stdout)
    {
        stdout.WriteLine($"piiscan {report.Status}: {report.RecordsRead:N0} records read, {report.RecordsWritten:N0} written, "
            + $"{report.RecordsQuarantined:N0} quarantined, {report.FindingsTotal:N0} findings in {report.RecordsWithFindings:N0} records "
            + $"({report.DurationSeconds:0.00} s, {report.MegabytesPerSecond:0.0} MB/s).");
        foreach (var (type, count) in report.ByType)
        {
            stdout.WriteLine($"  {type,-20} {count,10:N0}");
        }
        stdout.WriteLine($"Outputs in {outDir}: redacted/, findings.parquet, report.json, quarantine.jsonl");
    }
}
