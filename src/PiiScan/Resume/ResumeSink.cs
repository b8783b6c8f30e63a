using PiiScan.Pipeline;
using PiiScan.Records;
using PiiScan.Reports;
using PiiScan.Writers;

namespace PiiScan.Resume;

/// <summary>
/// Writes the per-file part files of a resumable run (<c>parts/NAME.findings.bin</c>, <c>.quarantine.jsonl</c>,
/// <c>.stats.json</c>) as batches are written, commits them when the file ends, then records the file in the
/// manifest. At the end of the run it has the <see cref="ResumeSession"/> rebuild the final outputs from all parts.
/// Every call is forwarded first to the <paramref name="inner"/> sinks, except <see cref="Complete"/> for those that
/// implement <see cref="IResumableSink"/>: their <see cref="IResumableSink.Rebuild"/> replaces it.
/// </summary>
internal sealed class ResumeSink(ResumeSession session, IReadOnlyList<IScanSink> inner) : IScanSink
{
    private readonly List<FindingRow> _rows = new();
    private readonly FieldPathFolder _fieldFolder = new();
    private AtomicFile? _findingsFile;
    private BinaryWriter? _findings;
    private AtomicFile? _quarantineFile;
    private QuarantineLog? _quarantine;
    private PartStats _stats = new();

    public void SourceStarted(SourceFile source)
    {
        foreach (var sink in inner)
        {
            sink.SourceStarted(source);
        }
        AbortParts();
        session.FileStarted(source);
        var part = session.PartPath(source.RelativePath);
        _findingsFile = AtomicFile.Create(part + ResumeSession.FindingsSuffix);
        _findings = new BinaryWriter(_findingsFile.Stream, System.Text.Encoding.UTF8, leaveOpen: true);
        _quarantineFile = AtomicFile.Create(part + ResumeSession.QuarantineSuffix);
        _quarantine = new QuarantineLog(_quarantineFile.Stream);
        _stats = new PartStats();
    }

    public void BatchWritten(RecordBatch batch)
    {
        foreach (var sink in inner)
        {
            sink.BatchWritten(batch);
        }
        _rows.Clear();
        var includeText = session.Options.FindingsIncludeText;
        var records = batch.Records;
        for (var r = 0; r < records.Length; r++)
        {
            ref readonly var rec = ref records[r];
            _stats.Read++;
            if (rec.QuarantineReason is not null)
            {
                _stats.Quarantined++;
                _quarantine!.Add(new QuarantineEntry(batch.Source.RelativePath, rec.Index, rec.ByteOffset, rec.QuarantineReason));
                var colon = rec.QuarantineReason.IndexOf(':');
                var kind = colon > 0 ? rec.QuarantineReason[..colon] : rec.QuarantineReason;
                _stats.QuarantineByReason[kind] = _stats.QuarantineByReason.GetValueOrDefault(kind) + 1;
            }
            else
            {
                _stats.Written++;
            }
            var any = false;
            for (var f = rec.FieldStart; f < rec.FieldStart + rec.FieldCount; f++)
            {
                var field = batch.Fields[f];
                if (field.DetectionCount == 0)
                {
                    continue;
                }
                any = true;
                AddFieldFindings(batch, f, includeText);
            }
            if (any)
            {
                _stats.WithFindings++;
            }
        }
        _stats.BytesRead += batch.BytesRead;
        PartFindings.WriteBatch(_findings!, _rows);
    }

    private void AddFieldFindings(RecordBatch batch, int f, bool includeText)
    {
        var first = _rows.Count;
        FindingRows.AddField(batch, f, includeText, _rows);
        for (var i = first; i < _rows.Count; i++)
        {
            var row = _rows[i];
            _stats.Findings++;
            _stats.ByType[row.Type] = _stats.ByType.GetValueOrDefault(row.Type) + 1;
            var folded = _fieldFolder.Fold(row.Field);
            _stats.ByField[folded] = _stats.ByField.GetValueOrDefault(folded) + 1;
        }
    }

    public void SourceFinished(SourceFile source, bool completed)
    {
        foreach (var sink in inner)
        {
            sink.SourceFinished(source, completed);
        }
        _stats.Completed = completed;
        _findings!.Flush();
        _findings.Dispose();
        _findings = null;
        _quarantine!.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _quarantine = null;
        var part = session.PartPath(source.RelativePath);
        var statsFile = AtomicFile.Create(part + ResumeSession.StatsSuffix);
        try
        {
            _stats.Write(statsFile.Stream);
            _findingsFile!.Commit();
            _quarantineFile!.Commit();
            // The stats file is committed last: its presence means the part is whole.
            statsFile.Commit();
        }
        finally
        {
            statsFile.Abort();
            _findingsFile?.Abort();
            _quarantineFile?.Abort();
            _findingsFile = null;
            _quarantineFile = null;
        }
        session.FileFinished(source, completed);
    }

    public void Complete(RunReport report)
    {
        // Resumable sinks only saw this run's files: they are rebuilt from the parts of all files instead.
        foreach (var sink in inner)
        {
            if (sink is not IResumableSink)
            {
                sink.Complete(report);
            }
        }
        session.Rebuild(report);
    }

    public void Abort()
    {
        foreach (var sink in inner)
        {
            sink.Abort();
        }
        AbortParts();
    }

    private void AbortParts()
    {
        try
        {
            _findings?.Dispose(); // flushes: throws when the disk is full
        }
        catch (IOException)
        {
        }
        _findings = null;
        _findingsFile?.Abort();
        _findingsFile = null;
        _quarantine = null;
        _quarantineFile?.Abort();
        _quarantineFile = null;
    }
}
