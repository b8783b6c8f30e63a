namespace PiiScan.Readers;

/// <summary>Options shared by all record readers.</summary>
public sealed record ReaderOptions
{
    /// <summary>Which fields to scan; empty selects every string value.</summary>
    public FieldSelector Fields { get; init; } = FieldSelector.All;

    /// <summary>Records larger than this (raw bytes) are quarantined without being buffered whole.</summary>
    public int MaxRecordBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Maximum JSON nesting depth; deeper records are quarantined.</summary>
    public int MaxJsonDepth { get; init; } = 64;

    /// <summary>Target number of records per batch.</summary>
    public int BatchRecords { get; init; } = 1024;

    /// <summary>Target raw bytes per batch (a batch closes once it holds at least this much).</summary>
    public int BatchBytes { get; init; } = 1024 * 1024;
}
