using Parquet;
using Parquet.Data;
using Parquet.Schema;
using PiiScan.Readers;
using PiiScan.Records;

namespace PiiScan.Writers;

/// <summary>
/// Writes Parquet. For a Parquet source: same schema, same column order, one output row group per input row group,
/// string values replaced where <see cref="FieldSlot.NewValue"/> is set, quarantined rows dropped, the source's
/// compression codec and key/value metadata kept. For other sources (<c>--output-format parquet</c>): JSONL gives
/// columns <c>record</c> (int64) and <c>json</c> (the redacted line), text gives <c>record</c> and <c>text</c>, CSV/TSV
/// gives <c>record</c> plus one string column per header column (ragged rows: missing cells null, extra cells dropped).
/// Output is deterministic: Parquet.Net writes a constant <c>created_by</c> and no timestamps.
/// </summary>
public sealed class ParquetRecordWriter : RecordWriter
{
    private readonly InputFormat _sourceFormat;
    private ParquetWriter? _writer;
    private ParquetRowAccumulator? _rows;
    private ParquetRowGroupData? _pending;
    private long _pendingRowsSeen;
    private bool _completed;

    /// <summary>Creates a writer over <paramref name="output"/> (not owned) for records read as <paramref name="sourceFormat"/>.</summary>
    public ParquetRecordWriter(Stream output, InputFormat sourceFormat)
        : base(output.CanSeek ? output : new CountingStream(output, leaveOpen: true))
    {
        _sourceFormat = sourceFormat;
    }

    /// <inheritdoc />
    public override void Write(RecordBatch batch)
    {
        if (_sourceFormat == InputFormat.Parquet)
        {
            WriteParquetBatch(batch);
            return;
        }
        _rows ??= new ParquetRowAccumulator(_sourceFormat);
        _rows.Add(batch);
        if (_rows.IsFull)
        {
            FlushRows();
        }
    }

    /// <inheritdoc />
    public override void Complete()
    {
        if (_completed)
        {
            return;
        }
        _completed = true;
        if (_sourceFormat != InputFormat.Parquet)
        {
            _rows ??= new ParquetRowAccumulator(_sourceFormat);
            FlushRows(force: true);
        }
        else if (_pending is not null)
        {
            // Reading stopped inside a row group (cancellation): write the rows that were scanned, never the rest.
            var group = _pending;
            for (var row = _pendingRowsSeen; row < group.RowCount; row++)
            {
                (group.DroppedRows ??= new HashSet<long>()).Add(row);
            }
            WriteRowGroup(group);
        }
        if (_writer is not null)
        {
            _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
            _writer = null;
        }
        Output.Flush();
    }

    private void WriteParquetBatch(RecordBatch batch)
    {
        if (batch.FormatState is not ParquetBatchState state)
        {
            return;
        }
        _writer ??= CreateWriter(state.Schema, state.Compression, state.Metadata);
        var group = state.RowGroup;
        if (group is null)
        {
            return;
        }
        foreach (ref readonly var field in batch.Fields)
        {
            if (field.NewValue is null)
            {
                continue;
            }
            var column = (RawColumnData<ReadOnlyMemory<char>>)group.Columns[field.Aux];
            column.Values[field.RawStart] = field.NewValue.AsMemory();
        }
        var records = batch.Records;
        for (var i = 0; i < records.Length; i++)
        {
            if (records[i].QuarantineReason is not null)
            {
                (group.DroppedRows ??= new HashSet<long>()).Add(state.FirstRow + i);
            }
        }
        if (!state.EndsRowGroup)
        {
            _pending = group;
            _pendingRowsSeen = state.FirstRow + state.RowCount;
            return;
        }
        WriteRowGroup(group);
    }

    private void WriteRowGroup(ParquetRowGroupData group)
    {
        _pending = null;
        using (var rg = _writer!.CreateRowGroup())
        {
            for (var c = 0; c < group.Fields.Length; c++)
            {
                ColumnCopier.For(group.Columns[c]).Write(rg, group.Fields[c], group.Columns[c], group.DroppedRows);
            }
        }
        group.Dispose();
    }

    private void FlushRows(bool force = false)
    {
        var rows = _rows!;
        if (_writer is null)
        {
            if (!force && !rows.SchemaKnown)
            {
                return;
            }
            _writer = CreateWriter(rows.BuildSchema(), CompressionMethod.Snappy, new Dictionary<string, string>());
        }
        if (rows.Count == 0)
        {
            return;
        }
        using (var rg = _writer.CreateRowGroup())
        {
            rows.WriteTo(rg);
        }
        rows.Clear();
    }

    private ParquetWriter CreateWriter(ParquetSchema schema, CompressionMethod compression, IReadOnlyDictionary<string, string> metadata)
    {
        var options = new ParquetOptions
        {
            CompressionMethod = compression,
            CompressionLevel = System.IO.Compression.CompressionLevel.Optimal,
        };
        var writer = ParquetWriter.CreateAsync(schema, Output, options, false, CancellationToken.None).GetAwaiter().GetResult();
        if (metadata.Count > 0)
        {
            writer.CustomMetadata = metadata;
        }
        return writer;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && _writer is not null)
        {
            // Not completed (e.g. the pipeline failed): release without claiming a valid file.
            try
            {
                _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
            {
            }
            _writer = null;
        }
        base.Dispose(disposing);
    }
}
