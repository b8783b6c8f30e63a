using PiiScan.Readers;
using PiiScan.Records;
using PiiScan.Text;

namespace PiiScan.Dsr;

/// <summary>
/// Checks that indexed locations still hold the subject in the current input file (the file did not change since
/// the scan), so an erase never touches the wrong record or span.
/// </summary>
public static class DsrSpanVerifier
{
    /// <summary>
    /// Reads <paramref name="source"/> and verifies every span: the field exists and the text at the span normalizes
    /// and hashes to one of <paramref name="hashes"/>.
    /// </summary>
    /// <exception cref="PiiScanException">A span no longer matches: the index is stale.</exception>
    public static void Verify(SourceFile source, Dictionary<(long Record, string Field), List<(int Start, int End, string Type)>> spans,
        IReadOnlySet<string> hashes, SubjectHasher hasher, string phoneRegion)
    {
        var pending = new HashSet<(long, string)>(spans.Keys);
        using var raw = File.OpenRead(source.FullPath);
        using var decompressed = CompressionStreams.OpenRead(raw, source.Compression);
        using var reader = FormatRegistry.CreateReader(source, decompressed, new ReaderOptions());
        using var batch = new RecordBatch();
        var more = true;
        while (more && pending.Count > 0)
        {
            batch.Reset();
            batch.Source = source;
            more = reader.ReadBatch(batch, CancellationToken.None);
            foreach (ref readonly var rec in batch.Records)
            {
                for (var f = rec.FieldStart; f < rec.FieldStart + rec.FieldCount; f++)
                {
                    var key = (rec.Index, batch.Fields[f].Path);
                    if (!spans.TryGetValue(key, out var list))
                    {
                        continue;
                    }
                    var text = batch.FieldText(f);
                    foreach (var (start, end, type) in list)
                    {
                        string? hash = null;
                        if (end <= CodePoints.Count(text) && start < end)
                        {
                            var s = CodePoints.ToUtf16Index(text, start);
                            var e = CodePoints.ToUtf16Index(text, end);
                            hash = hasher.HashValue(type, text[s..e], phoneRegion);
                        }
                        if (hash is null || !hashes.Contains(hash))
                        {
                            throw Stale(source, rec.Index, key.Path);
                        }
                    }
                    pending.Remove(key);
                }
            }
        }
        if (pending.Count > 0)
        {
            var (record, field) = pending.First();
            throw Stale(source, record, field);
        }
    }

    private static PiiScanException Stale(SourceFile source, long record, string field) =>
        new($"'{source.RelativePath}' changed since the scan (record {record}, field {field} no longer holds the subject): nothing was changed. Re-scan with the keyring, then retry.");
}
