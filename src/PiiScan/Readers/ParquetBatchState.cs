using Parquet;
using Parquet.Schema;

namespace PiiScan.Readers;

/// <summary>
/// <see cref="Records.RecordBatch.FormatState"/> of a Parquet batch: the file schema and options, and the part
/// [<see cref="FirstRow"/>, <see cref="FirstRow"/> + <see cref="RowCount"/>) of <see cref="RowGroup"/> the batch covers.
/// The last batch of an empty file has no row group (the writer still writes the schema).
/// </summary>
public sealed class ParquetBatchState
{
    internal ParquetBatchState(ParquetSchema schema, CompressionMethod compression, IReadOnlyDictionary<string, string> metadata,
        ParquetRowGroupData? rowGroup, long firstRow, int rowCount, bool endsRowGroup)
    {
        Schema = schema;
        Compression = compression;
        Metadata = metadata;
        RowGroup = rowGroup;
        FirstRow = firstRow;
        RowCount = rowCount;
        EndsRowGroup = endsRowGroup;
    }

    /// <summary>Schema of the source file.</summary>
    public ParquetSchema Schema { get; }

    /// <summary>Compression codec of the source's first column chunk (reused for output).</summary>
    public CompressionMethod Compression { get; }

    /// <summary>Key/value metadata of the source file.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

    /// <summary>Row group data, or null for an empty file.</summary>
    public ParquetRowGroupData? RowGroup { get; }

    /// <summary>First row of the batch, relative to the row group.</summary>
    public long FirstRow { get; }

    /// <summary>Rows in the batch.</summary>
    public int RowCount { get; }

    /// <summary>True when this batch holds the row group's last rows (the writer then writes it).</summary>
    public bool EndsRowGroup { get; }
}
