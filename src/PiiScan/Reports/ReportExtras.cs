namespace PiiScan.Reports;

/// <summary>Report data collected by <see cref="ReportSink"/> beyond <see cref="RunReport"/>: timeline, top records.</summary>
public sealed class ReportExtras
{
    /// <summary>The record time field (<c>--time-field</c>), or null.</summary>
    public string? TimeField { get; init; }

    /// <summary>Records and findings per UTC day of the record time.</summary>
    public SortedDictionary<DateOnly, (long Records, long Findings)> Timeline { get; } = new();

    /// <summary>Records whose time field was missing or unparseable (with a time field).</summary>
    public long RecordsWithoutTime { get; set; }

    /// <summary>Records read per source (for densities).</summary>
    public SortedDictionary<string, long> RecordsBySource { get; } = new(StringComparer.Ordinal);

    /// <summary>Records with the most findings: source, record index, findings (most first; at most 20).</summary>
    public List<(string Source, long Record, int Findings)> TopRecords { get; } = new();
}
