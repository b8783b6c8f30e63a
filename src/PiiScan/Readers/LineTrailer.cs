namespace PiiScan.Readers;

/// <summary>
/// <see cref="Records.RecordBatch.FormatState"/> of a JSONL batch that ends with blank lines not followed by a record
/// in the same batch: the writer writes <see cref="Bytes"/> after the batch's records.
/// </summary>
internal sealed class LineTrailer
{
    public LineTrailer(byte[] bytes) => Bytes = bytes;

    public byte[] Bytes { get; }
}
