namespace PiiScan.Readers;

/// <summary>
/// Packs line-record data into <see cref="Records.RecordSlot.Aux"/>: bits 0-1 the <see cref="LineTerminator"/>,
/// bits 2-31 the length of blank lines that precede the record in <see cref="Records.RecordBatch.Raw"/> (JSONL only:
/// blank lines are copied through but are not records).
/// </summary>
internal static class LineAux
{
    /// <summary>Longest blank-line prefix that fits in Aux.</summary>
    public const int MaxPrefix = int.MaxValue >> 2;

    public static int Encode(LineTerminator terminator, int prefixLength) => (int)terminator | (prefixLength << 2);

    public static LineTerminator Terminator(int aux) => (LineTerminator)(aux & 3);

    public static int PrefixLength(int aux) => (int)((uint)aux >> 2);

    public static ReadOnlySpan<byte> TerminatorBytes(LineTerminator terminator) => terminator switch
    {
        LineTerminator.Lf => "\n"u8,
        LineTerminator.CrLf => "\r\n"u8,
        _ => default,
    };
}
