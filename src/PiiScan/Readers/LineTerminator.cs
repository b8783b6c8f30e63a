namespace PiiScan.Readers;

/// <summary>
/// How a line ended; stored in the low two bits of <see cref="Records.RecordSlot.Aux"/> for JSONL, text and CSV
/// records so writers reproduce it exactly.
/// </summary>
public enum LineTerminator
{
    /// <summary>No terminator: the last line of a file without a final newline.</summary>
    None = 0,

    /// <summary><c>\n</c>.</summary>
    Lf = 1,

    /// <summary><c>\r\n</c>.</summary>
    CrLf = 2,
}
