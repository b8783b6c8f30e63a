using PiiScan.Readers;
using PiiScan.Records;

namespace PiiScan.Writers;

/// <summary>
/// Base of line writers (JSONL, text, CSV rows): for each record writes any blank-line prefix, then the raw record with
/// changed fields spliced in, then its original terminator. Quarantined records are skipped (their blank-line prefix
/// is still written). Output is byte-identical to the input where nothing changed.
/// </summary>
public abstract class LineRecordWriter : RecordWriter
{
    private readonly OutputBuffer _out;

    /// <summary>Creates a writer over <paramref name="output"/> (not owned).</summary>
    protected LineRecordWriter(Stream output)
        : base(output)
    {
        _out = new OutputBuffer(output);
    }

    /// <summary>Buffered output.</summary>
    internal OutputBuffer Buffer => _out;

    /// <summary>Writes the encoded replacement of a field (e.g. a JSON string token) to the output.</summary>
    internal abstract void WriteReplacement(in FieldSlot field, ReadOnlySpan<byte> originalRaw, OutputBuffer output);

    /// <summary>Called before the batch's records (e.g. to write a CSV header).</summary>
    internal virtual void BeforeBatch(RecordBatch batch)
    {
    }

    /// <inheritdoc />
    public override void Write(RecordBatch batch)
    {
        BeforeBatch(batch);
        var raw = batch.Raw;
        var fields = batch.Fields;
        foreach (ref readonly var record in batch.Records)
        {
            var prefix = LineAux.PrefixLength(record.Aux);
            if (prefix > 0)
            {
                _out.Write(raw.Slice(record.RawStart - prefix, prefix));
            }
            if (record.QuarantineReason is not null)
            {
                continue;
            }
            var pos = record.RawStart;
            var end = record.RawStart + record.RawLength;
            for (var f = record.FieldStart; f < record.FieldStart + record.FieldCount; f++)
            {
                ref readonly var field = ref fields[f];
                if (field.NewValue is null)
                {
                    continue;
                }
                _out.Write(raw[pos..field.RawStart]);
                WriteReplacement(field, raw.Slice(field.RawStart, field.RawLength), _out);
                pos = field.RawStart + field.RawLength;
            }
            _out.Write(raw[pos..end]);
            _out.Write(LineAux.TerminatorBytes(LineAux.Terminator(record.Aux)));
            _out.MaybeFlush();
        }
        if (batch.FormatState is LineTrailer trailer)
        {
            _out.Write(trailer.Bytes);
        }
        _out.Flush();
    }

    /// <inheritdoc />
    public override void Complete()
    {
        _out.Flush();
        Output.Flush();
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _out.Dispose();
        }
        base.Dispose(disposing);
    }
}
