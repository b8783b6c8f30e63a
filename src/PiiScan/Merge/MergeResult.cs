using PiiScan.Reports;

namespace PiiScan.Merge;

/// <summary>What <see cref="OutputMerger"/> wrote.</summary>
/// <param name="Report">The merged report (also written to <c>report.json</c>).</param>
/// <param name="Findings">Rows in the merged <c>findings.parquet</c>.</param>
/// <param name="QuarantineEntries">Lines in the merged <c>quarantine.jsonl</c>.</param>
/// <param name="RedactedFiles">Files placed under <c>redacted/</c>.</param>
/// <param name="SubjectIndexMerged">True when <c>subjects.parquet</c> was present and merged.</param>
public sealed record MergeResult(RunReport Report, long Findings, long QuarantineEntries, int RedactedFiles, bool SubjectIndexMerged)
{
    /// <summary>True when <c>report.html</c> and <c>report.md</c> were written (every shard carried the pages' data).</summary>
    public bool PagesWritten => Report.Extras is not null;
}
