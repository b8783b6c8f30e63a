using Parquet.Data;
using Parquet.Schema;

namespace PiiScan.Readers;

/// <summary>
/// All columns of one Parquet row group, decoded as read (values plus definition/repetition levels). Shared by the
/// batches a row group is split into; the writer replaces string values in place and writes the row group once its
/// last batch arrives, then disposes it.
/// </summary>
public sealed class ParquetRowGroupData : IDisposable
{
    internal ParquetRowGroupData(int index, long rowCount, DataField[] fields, RawColumnData[] columns)
    {
        Index = index;
        RowCount = rowCount;
        Fields = fields;
        Columns = columns;
    }

    /// <summary>Row group ordinal in the file.</summary>
    public int Index { get; }

    /// <summary>Rows in the row group.</summary>
    public long RowCount { get; }

    /// <summary>Leaf columns in schema order.</summary>
    public DataField[] Fields { get; }

    /// <summary>Column data in schema order (a <c>RawColumnData&lt;T&gt;</c> each).</summary>
    public RawColumnData[] Columns { get; }

    /// <summary>Rows (relative to the row group) the pipeline quarantined; the writer drops them.</summary>
    internal HashSet<long>? DroppedRows { get; set; }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var c in Columns)
        {
            c.Dispose();
        }
    }
}
