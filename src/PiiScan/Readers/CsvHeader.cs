namespace PiiScan.Readers;

/// <summary>
/// The header row of a CSV/TSV source, set as <see cref="Records.RecordBatch.FormatState"/> of its first batch.
/// <see cref="Raw"/> holds the header bytes exactly as read (UTF-8 BOM and line terminator included) so writers
/// reproduce them.
/// </summary>
public sealed class CsvHeader
{
    internal CsvHeader(byte[] raw, string[] columns, byte delimiter)
    {
        Raw = raw;
        Columns = columns;
        Delimiter = delimiter;
    }

    /// <summary>Header bytes as read, with BOM and terminator.</summary>
    public ReadOnlyMemory<byte> Raw { get; }

    /// <summary>Column names (decoded, BOM stripped).</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Cell delimiter (<c>,</c> or tab).</summary>
    public byte Delimiter { get; }
}
