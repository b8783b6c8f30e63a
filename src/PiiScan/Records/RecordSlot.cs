namespace PiiScan.Records;

/// <summary>One input record inside a <see cref="RecordBatch"/>.</summary>
public struct RecordSlot
{
    /// <summary>0-based record index within its source (line for JSONL/text, data row for CSV, row for Parquet).</summary>
    public long Index;

    /// <summary>Byte offset of the record in the decompressed input (-1 when the format has none, e.g. Parquet).</summary>
    public long ByteOffset;

    /// <summary>Start of the record's raw bytes in <see cref="RecordBatch.Raw"/>.</summary>
    public int RawStart;

    /// <summary>Length of the record's raw bytes (without the line terminator).</summary>
    public int RawLength;

    /// <summary>First field of this record in <see cref="RecordBatch.Fields"/>.</summary>
    public int FieldStart;

    /// <summary>Number of fields of this record.</summary>
    public int FieldCount;

    /// <summary>Non-null when the record could not be parsed or processed; it is then not written.</summary>
    public string? QuarantineReason;

    /// <summary>Format-specific data (e.g. the line terminator kind of a text line).</summary>
    public int Aux;
}
