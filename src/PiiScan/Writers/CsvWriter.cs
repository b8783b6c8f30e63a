using System.Buffers;
using System.Text;
using PiiScan.Readers;
using PiiScan.Records;

namespace PiiScan.Writers;

/// <summary>
/// Writes CSV/TSV: the header exactly as read (from the first batch's <see cref="CsvHeader"/>), then each row as read
/// with changed cells replaced. A new value is quoted when the original cell was quoted or when it contains the
/// delimiter, a quote, CR or LF (quotes doubled); otherwise it is written as is.
/// </summary>
public sealed class CsvWriter : LineRecordWriter
{
    private readonly SearchValues<char> _needsQuoting;
    private bool _headerWritten;

    /// <summary>Creates a writer; <paramref name="delimiter"/> is <c>,</c> for CSV and tab for TSV.</summary>
    public CsvWriter(Stream output, byte delimiter)
        : base(output)
    {
        _needsQuoting = SearchValues.Create(['"', '\r', '\n', (char)delimiter]);
    }

    internal override void BeforeBatch(RecordBatch batch)
    {
        if (!_headerWritten && batch.FormatState is CsvHeader header)
        {
            Buffer.Write(header.Raw.Span);
            _headerWritten = true;
        }
    }

    internal override void WriteReplacement(in FieldSlot field, ReadOnlySpan<byte> originalRaw, OutputBuffer output)
    {
        var value = field.NewValue.AsSpan();
        var quote = (originalRaw.Length > 0 && originalRaw[0] == (byte)'"') || value.IndexOfAny(_needsQuoting) >= 0;
        var span = output.GetSpan((Encoding.UTF8.GetMaxByteCount(value.Length) * 2) + 2);
        var pos = 0;
        if (!quote)
        {
            output.Advance(Encoding.UTF8.GetBytes(value, span));
            return;
        }
        span[pos++] = (byte)'"';
        while (!value.IsEmpty)
        {
            var q = value.IndexOf('"');
            var part = q < 0 ? value : value[..q];
            pos += Encoding.UTF8.GetBytes(part, span[pos..]);
            if (q < 0)
            {
                break;
            }
            span[pos++] = (byte)'"';
            span[pos++] = (byte)'"';
            value = value[(q + 1)..];
        }
        span[pos++] = (byte)'"';
        output.Advance(pos);
    }
}
