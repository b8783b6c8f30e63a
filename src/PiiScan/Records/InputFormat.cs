namespace PiiScan.Records;

/// <summary>Record formats PiiScan reads and writes.</summary>
public enum InputFormat
{
    /// <summary>One JSON value per line.</summary>
    Jsonl,

    /// <summary>Comma-separated values with a header row (RFC 4180).</summary>
    Csv,

    /// <summary>Tab-separated values with a header row.</summary>
    Tsv,

    /// <summary>Apache Parquet: string columns and lists of strings are scanned.</summary>
    Parquet,

    /// <summary>Plain text: each line is a record.</summary>
    Text,
}
