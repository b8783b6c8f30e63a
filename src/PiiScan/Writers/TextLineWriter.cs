using System.Text;
using PiiScan.Records;

namespace PiiScan.Writers;

/// <summary>Writes text lines: the new value (UTF-8) replaces the line, terminators are reproduced.</summary>
public sealed class TextLineWriter : LineRecordWriter
{
    /// <summary>Creates a writer over <paramref name="output"/> (not owned).</summary>
    public TextLineWriter(Stream output)
        : base(output)
    {
    }

    internal override void WriteReplacement(in FieldSlot field, ReadOnlySpan<byte> originalRaw, OutputBuffer output)
    {
        var value = field.NewValue.AsSpan();
        var span = output.GetSpan(Encoding.UTF8.GetMaxByteCount(value.Length));
        output.Advance(Encoding.UTF8.GetBytes(value, span));
    }
}
