using System.Text.Json;
using PiiScan.Records;
using PiiScan.Writers;

namespace PiiScan.Dsr;

/// <summary>
/// Data subject request actions on a resolved <see cref="DsrRequest"/>: export the subject's original records
/// (access, portability) and erase them in the original inputs (delete the records or redact the subject's spans).
/// Every action appends a line to <c>dsr-audit.jsonl</c> in the index directory: time, request id, action, mode,
/// hashed identifiers and counts per source; never values.
/// </summary>
public sealed class DsrService(DsrRequest request, string inputsRoot, string requestId)
{
    /// <summary>Audit log file name in the index directory.</summary>
    public const string AuditFileName = "dsr-audit.jsonl";

    /// <summary>The request id recorded in bundles and the audit log.</summary>
    public string RequestId { get; } = requestId;

    /// <summary>
    /// Writes <c>records.jsonl</c> (<c>{"source","record","data"}</c> per record) and <c>manifest.json</c> into
    /// <paramref name="bundleDirectory"/>. Returns the number of records per source.
    /// </summary>
    /// <remarks>The indexed spans are first checked against the current files (see <see cref="Erase"/>).</remarks>
    public SortedDictionary<string, long> Export(string bundleDirectory, SubjectHasher hasher)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        bundleDirectory = Path.GetFullPath(bundleDirectory);
        var sources = request.RecordsBySource().Select(p => (Source: SourceLocator.Locate(inputsRoot, p.Key), Records: p.Value)).ToList();
        VerifyAll(sources.Select(s => s.Source).ToList(), hasher);
        var records = AtomicFile.Create(Path.Combine(bundleDirectory, "records.jsonl"));
        try
        {
            using (var w = new Utf8JsonWriter(records.Stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                foreach (var (source, set) in sources)
                {
                    counts[source.RelativePath] = 0;
                    RecordJson.ForEach(source, set, (index, writeData) =>
                    {
                        w.WriteStartObject();
                        w.WriteString("source", source.RelativePath);
                        w.WriteNumber("record", index);
                        w.WritePropertyName("data");
                        writeData(w);
                        w.WriteEndObject();
                        w.Flush();
                        records.Stream.WriteByte((byte)'\n');
                        w.Reset();
                        counts[source.RelativePath]++;
                    });
                }
            }
            records.Commit();
        }
        finally
        {
            records.Abort();
        }
        var manifest = AtomicFile.Create(Path.Combine(bundleDirectory, "manifest.json"));
        try
        {
            using (var w = new Utf8JsonWriter(manifest.Stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                w.WriteStartObject();
                w.WriteString("request_id", RequestId);
                w.WriteString("time", DateTimeOffset.UtcNow.UtcDateTime.ToString("O"));
                w.WriteString("kind", "access/portability export");
                w.WriteString("index", request.Index.Directory);
                w.WriteString("key_id", request.Index.Manifest.KeyId);
                WriteIdentifiers(w);
                WriteCounts(w, "records_by_source", counts);
                WriteCounts(w, "locations_by_source", request.LocationsBySource().Select(p => KeyValuePair.Create(p.Key, (long)p.Value)));
                w.WriteNumber("records", counts.Values.Sum());
                w.WriteStartArray("files");
                w.WriteStringValue("records.jsonl");
                w.WriteStringValue("manifest.json");
                w.WriteEndArray();
                w.WriteString("format", "records.jsonl: one {\"source\",\"record\",\"data\"} object per line; data is the original record (JSON object, CSV/Parquet columns, or {\"text\"})");
                w.WriteEndObject();
            }
            manifest.Commit();
        }
        finally
        {
            manifest.Abort();
        }
        Audit("export", null, counts);
        return counts;
    }

    /// <summary>
    /// Erases the subject from the original inputs: <paramref name="deleteRecords"/> drops whole records, otherwise
    /// the subject's spans are replaced with <c>&lt;TYPE&gt;</c>. Each file is rewritten atomically; files without
    /// the subject are not touched. Returns the records changed or dropped per source.
    /// </summary>
    /// <remarks>
    /// Before anything is rewritten, every indexed span is checked against the current files with
    /// <paramref name="hasher"/>: when a file changed since the scan (the span no longer holds the subject) nothing is
    /// changed at all and the caller is told to re-scan.
    /// </remarks>
    public SortedDictionary<string, long> Erase(bool deleteRecords, SubjectHasher hasher)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var bySource = request.Locations.GroupBy(r => r.Source, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var sources = bySource.Select(g => SourceLocator.Locate(inputsRoot, g.Key)).ToList();
        var spansBySource = bySource.Select(SpansByField).ToList();
        VerifyAll(sources, hasher);
        for (var s = 0; s < sources.Count; s++)
        {
            var spans = spansBySource[s];
            var recordSet = new HashSet<long>(bySource[s].Select(r => r.Record));
            counts[sources[s].RelativePath] = SourceRewriter.Rewrite(sources[s], batch => deleteRecords ? DropRecords(batch, recordSet) : RedactSpans(batch, recordSet, spans));
        }
        Audit("erase", deleteRecords ? "delete-record" : "redact", counts);
        return counts;
    }

    private void VerifyAll(List<SourceFile> sources, SubjectHasher hasher)
    {
        var hashes = new HashSet<string>(request.Identifiers.Select(i => i.Hash), StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var spans = SpansByField(request.Locations.Where(r => r.Source == source.RelativePath));
            DsrSpanVerifier.Verify(source, spans, hashes, hasher, request.Index.Manifest.PhoneRegion);
        }
    }

    /// <summary>The (start, end, type) spans of <paramref name="locations"/> per (record, field).</summary>
    private static Dictionary<(long Record, string Field), List<(int Start, int End, string Type)>> SpansByField(IEnumerable<SubjectRow> locations) =>
        locations.GroupBy(r => (r.Record, r.Field)).ToDictionary(x => x.Key, x => x.Select(r => (r.Start, r.End, r.Type)).ToList());

    private static void WriteCounts(Utf8JsonWriter w, string name, IEnumerable<KeyValuePair<string, long>> counts)
    {
        w.WriteStartObject(name);
        foreach (var (k, v) in counts)
        {
            w.WriteNumber(k, v);
        }
        w.WriteEndObject();
    }

    private static long DropRecords(RecordBatch batch, HashSet<long> records)
    {
        long n = 0;
        foreach (ref var r in batch.Records)
        {
            if (records.Contains(r.Index))
            {
                r.QuarantineReason = "dsr erase";
                n++;
            }
        }
        return n;
    }

    private static long RedactSpans(RecordBatch batch, HashSet<long> records, Dictionary<(long, string), List<(int, int, string)>> spans)
    {
        long n = 0;
        var recs = batch.Records;
        for (var i = 0; i < recs.Length; i++)
        {
            ref readonly var rec = ref recs[i];
            if (!records.Contains(rec.Index))
            {
                continue;
            }
            var changed = false;
            for (var f = rec.FieldStart; f < rec.FieldStart + rec.FieldCount; f++)
            {
                ref var field = ref batch.Fields[f];
                if (spans.TryGetValue((rec.Index, field.Path), out var list))
                {
                    field.NewValue = SourceRewriter.ReplaceSpans(batch.FieldText(f).ToString(), list);
                    changed = true;
                }
            }
            if (changed)
            {
                n++;
            }
        }
        return n;
    }

    private void WriteIdentifiers(Utf8JsonWriter w)
    {
        w.WriteStartArray("identifiers");
        foreach (var (type, hash) in request.Identifiers)
        {
            w.WriteStartObject();
            w.WriteString("type", type);
            w.WriteString("hash", hash);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private void Audit(string action, string? mode, SortedDictionary<string, long> counts)
    {
        var path = Path.Combine(request.Index.Directory, AuditFileName);
        using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteString("time", DateTimeOffset.UtcNow.UtcDateTime.ToString("O"));
            w.WriteString("request_id", RequestId);
            w.WriteString("user", Environment.UserName);
            w.WriteString("action", action);
            w.WriteString("mode", mode);
            w.WriteString("inputs", inputsRoot);
            w.WriteString("key_id", request.Index.Manifest.KeyId);
            WriteIdentifiers(w);
            WriteCounts(w, "counts_by_source", counts);
            w.WriteNumber("total", counts.Values.Sum());
            w.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
    }
}
