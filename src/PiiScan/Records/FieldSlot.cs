namespace PiiScan.Records;

/// <summary>One scannable string value of a record.</summary>
public struct FieldSlot
{
    /// <summary>Index of the owning record in <see cref="RecordBatch.Records"/>.</summary>
    public int Record;

    /// <summary>Start of the decoded value in <see cref="RecordBatch.Text"/>.</summary>
    public int TextStart;

    /// <summary>Length of the decoded value in UTF-16 code units.</summary>
    public int TextLength;

    /// <summary>Start of the value's raw encoding in <see cref="RecordBatch.Raw"/> (format-specific, e.g. a JSON string token with its quotes).</summary>
    public int RawStart;

    /// <summary>Length of the raw encoding.</summary>
    public int RawLength;

    /// <summary>Field path: <c>request.messages[1].content</c>, a column name, or <c>text</c>.</summary>
    public string Path;

    /// <summary>Innermost key or column name (context for recognizers); empty when none.</summary>
    public string Key;

    /// <summary>Format-specific data (e.g. Parquet column ordinal).</summary>
    public int Aux;

    /// <summary>First resolved detection of this field in <see cref="RecordBatch.Detections"/>.</summary>
    public int DetectionStart;

    /// <summary>Number of resolved detections.</summary>
    public int DetectionCount;

    /// <summary>Replacement value after operators ran; null when the value is unchanged.</summary>
    public string? NewValue;
}
