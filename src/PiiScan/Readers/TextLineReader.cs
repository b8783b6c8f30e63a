using System.Buffers;
using System.Text.Unicode;
using PiiScan.Records;

namespace PiiScan.Readers;

/// <summary>Plain text: every line (blank ones included) is a record with one field, path <c>text</c>, key "".</summary>
public sealed class TextLineReader : LineRecordReader
{
    /// <summary>Field path of a text line.</summary>
    public const string TextPath = "text";

    private readonly bool _selected;

    /// <summary>Creates a reader over a decompressed stream (not owned).</summary>
    public TextLineReader(SourceFile source, Stream decompressed, ReaderOptions options)
        : base(source, decompressed, options)
    {
        _selected = options.Fields.IsAll || options.Fields.MatchesColumn(TextPath);
    }

    /// <inheritdoc />
    protected override bool SkipsBlankLines => false;

    /// <inheritdoc />
    protected override bool ParsesUtf8Strictly => true;

    /// <inheritdoc />
    protected override string? ParseRecord(RecordBatch batch, ReadOnlySpan<byte> line, int rawStart)
    {
        if (!_selected)
        {
            return Utf8.IsValid(line) ? null : InvalidUtf8Reason(line);
        }
        if (line.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            // A UTF-8 BOM stays in the raw bytes (and the output) but is not part of the text.
            line = line[3..];
            rawStart += 3;
        }
        var field = batch.BeginField(line.Length, out var dest);
        var status = Utf8.ToUtf16(line, dest, out _, out var written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            return InvalidUtf8Reason(line);
        }
        batch.CommitField(field, written, TextPath, string.Empty, rawStart, line.Length, 0);
        return null;
    }
}
