using PiiScan.Records;

namespace PiiScan.Readers;

/// <summary>Reads a whole source file batch by batch, outside a scan (DSR export, retention).</summary>
internal static class SourceBatches
{
    /// <summary>
    /// Opens <paramref name="source"/> (decompressed, default reader options) and calls <paramref name="visit"/> with
    /// each batch in file order, together with a <see cref="RecordValueReader"/> that has observed every batch so far.
    /// The batch is reused between calls.
    /// </summary>
    public static void ForEach(SourceFile source, Action<RecordBatch, RecordValueReader> visit)
    {
        var values = new RecordValueReader();
        using var raw = File.OpenRead(source.FullPath);
        using var decompressed = CompressionStreams.OpenRead(raw, source.Compression);
        using var reader = FormatRegistry.CreateReader(source, decompressed, new ReaderOptions());
        using var batch = new RecordBatch();
        var more = true;
        while (more)
        {
            batch.Reset();
            batch.Source = source;
            more = reader.ReadBatch(batch, CancellationToken.None);
            values.Observe(batch);
            visit(batch, values);
        }
    }
}
