using PiiScan.Records;

namespace PiiScan.Writers;

/// <summary>
/// Writes JSONL: each line copied as read, with every changed string token replaced by the JSON encoding of its
/// <see cref="FieldSlot.NewValue"/> (escaping described on <see cref="JsonStringEncoder"/>); terminators, blank lines
/// and a missing final newline are reproduced.
/// </summary>
public sealed class JsonlWriter : LineRecordWriter
{
    /// <summary>Creates a writer over <paramref name="output"/> (not owned).</summary>
    public JsonlWriter(Stream output)
        : base(output)
    {
    }

    internal override void WriteReplacement(in FieldSlot field, ReadOnlySpan<byte> originalRaw, OutputBuffer output)
        => JsonStringEncoder.Write(field.NewValue, output);
}
