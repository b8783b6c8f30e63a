using PiiScan.Readers;
using PiiScan.Records;

namespace PiiScan.Writers;

/// <summary>
/// Rewrites one original input file in place, atomically: records are read with the format reader, edited by a
/// callback (set <see cref="FieldSlot.NewValue"/> to change a value, set <see cref="RecordSlot.QuarantineReason"/>
/// to drop the record) and written with the format writer to a temporary file beside the original, which replaces
/// the original only when everything succeeded. Unchanged records are byte-identical. A file with records the reader
/// cannot parse is refused (rewriting would lose them).
/// </summary>
public static class SourceRewriter
{
    /// <summary>
    /// Rewrites <paramref name="source"/>. <paramref name="edit"/> returns how many records it changed or dropped in
    /// the batch; when the total is 0 the original is left untouched. Returns the total.
    /// </summary>
    /// <exception cref="PiiScanException">The file has unparseable records or cannot be read.</exception>
    public static long Rewrite(SourceFile source, Func<RecordBatch, long> edit, CancellationToken cancellationToken = default)
    {
        var options = new ReaderOptions();
        long changed = 0;
        AtomicFile? file = null;
        try
        {
            using (var raw = new FileStream(source.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
            using (var decompressed = CompressionStreams.OpenRead(raw, source.Compression))
            using (var reader = FormatRegistry.CreateReader(source, decompressed, options))
            using (var batch = new RecordBatch())
            {
                file = AtomicFile.Create(source.FullPath);
                var compressed = CompressionStreams.OpenWrite(file.Stream, source.Compression);
                try
                {
                    using var writer = FormatRegistry.CreateWriter(source, source.Format, compressed, options);
                    var more = true;
                    while (more)
                    {
                        batch.Reset();
                        batch.Source = source;
                        more = reader.ReadBatch(batch, cancellationToken);
                        foreach (ref readonly var r in batch.Records)
                        {
                            if (r.QuarantineReason is not null)
                            {
                                throw new PiiScanException($"'{source.RelativePath}' record {r.Index} cannot be parsed ({r.QuarantineReason}); rewriting the file would lose it. Fix or remove it by hand, then retry.");
                            }
                        }
                        changed += edit(batch);
                        batch.IsLastOfSource = !more;
                        writer.Write(batch);
                    }
                    writer.Complete();
                }
                finally
                {
                    if (!ReferenceEquals(compressed, file.Stream))
                    {
                        compressed.Dispose();
                    }
                }
            }
            if (changed > 0)
            {
                if (!OperatingSystem.IsWindows())
                {
                    // The rewritten file keeps the original's permissions (e.g. 0600 stays 0600).
                    File.SetUnixFileMode(file.TempPath, File.GetUnixFileMode(source.FullPath));
                }
                file.Commit();
            }
            return changed;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            throw new PiiScanException($"Cannot rewrite '{source.RelativePath}' ({ex.GetType().Name}: {ex.Message}); the original is unchanged.");
        }
        finally
        {
            file?.Abort();
        }
    }

    /// <summary>
    /// Replaces code-point spans of a value with <c>&lt;TYPE&gt;</c>. Spans are (start, end, type) in code points of
    /// <paramref name="value"/>; overlapping or out-of-range spans are merged or clipped.
    /// </summary>
    public static string ReplaceSpans(string value, IEnumerable<(int Start, int End, string Type)> spans)
    {
        var ordered = spans.OrderBy(s => s.Start).ThenByDescending(s => s.End).ToList();
        var offsets = new List<int>(value.Length + 1);
        for (var i = 0; i < value.Length; i++)
        {
            offsets.Add(i);
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
        }
        offsets.Add(value.Length);
        var cpCount = offsets.Count - 1;
        var sb = new System.Text.StringBuilder(value.Length);
        var pos = 0;
        foreach (var (start, end, type) in ordered)
        {
            var s = Math.Clamp(start, 0, cpCount);
            var e = Math.Clamp(end, 0, cpCount);
            s = Math.Max(s, pos);
            if (e <= s)
            {
                continue;
            }
            sb.Append(value, offsets[pos], offsets[s] - offsets[pos]);
            sb.Append('<').Append(type).Append('>');
            pos = e;
        }
        sb.Append(value, offsets[pos], value.Length - offsets[pos]);
        return sb.ToString();
    }
}
