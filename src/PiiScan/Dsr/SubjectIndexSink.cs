using Parquet.Serialization;
using PiiScan.Pipeline;
using PiiScan.Records;
using PiiScan.Reports;
using PiiScan.Resume;
using PiiScan.Text;
using PiiScan.Writers;

namespace PiiScan.Dsr;

/// <summary>
/// Scan sink that writes the DSR subject index: <c>subjects.parquet</c> (keyed hashes of normalized identifiers and
/// their locations, never plaintext) and <c>subjects.json</c> (scan root, key id). Written under temporary names and
/// renamed when the run completes. In a resumable run (<see cref="IResumableSink"/>) each source's rows are kept as
/// <c>parts/NAME.subjects.bin</c> (the same keyed hashes, no plaintext) and the index is rebuilt from the parts of all
/// files, row for row as an uninterrupted run writes it.
/// </summary>
public sealed class SubjectIndexSink : IResumableSink
{
    /// <summary>File name of the index table.</summary>
    public const string FileName = "subjects.parquet";

    /// <summary>Suffix of the per-source part file of a resumable run (<c>parts/NAME.subjects.bin</c>).</summary>
    public const string PartSuffix = ".subjects.bin";

    private readonly string _outputDirectory;
    private readonly string _root;
    private readonly SubjectHasher _hasher;
    private readonly string _phoneRegion;
    private readonly string? _timeField;
    private readonly List<SubjectRow> _rows = new();
    private int _sourceStart;

    /// <summary>Creates the sink; <paramref name="hasher"/> is owned by the caller.</summary>
    public SubjectIndexSink(string outputDirectory, string root, SubjectHasher hasher, string phoneRegion, string? timeField)
    {
        _outputDirectory = outputDirectory;
        _root = Path.GetFullPath(root);
        _hasher = hasher;
        _phoneRegion = phoneRegion;
        _timeField = timeField;
    }

    /// <inheritdoc />
    public IReadOnlyList<string> PartSuffixes { get; } = [PartSuffix];

    /// <inheritdoc />
    public void SourceStarted(SourceFile source) => _sourceStart = _rows.Count;

    /// <inheritdoc />
    public void BatchWritten(RecordBatch batch)
    {
        var source = batch.Source.RelativePath;
        foreach (ref readonly var rec in batch.Records)
        {
            for (var f = rec.FieldStart; f < rec.FieldStart + rec.FieldCount; f++)
            {
                var field = batch.Fields[f];
                if (field.DetectionCount == 0)
                {
                    continue;
                }
                var text = batch.FieldText(f);
                var cp = 0;
                var pos = 0;
                foreach (var d in batch.FieldDetections(f))
                {
                    cp += CodePoints.Count(text[pos..d.Start]);
                    var start = cp;
                    cp += CodePoints.Count(text[d.Start..d.End]);
                    pos = d.End;
                    var hash = _hasher.HashValue(d.Type, text[d.Start..d.End], _phoneRegion);
                    if (hash is null)
                    {
                        continue;
                    }
                    _rows.Add(new SubjectRow { Subject = hash, Type = d.Type, Source = source, Record = rec.Index, Field = field.Path, Start = start, End = cp });
                }
            }
        }
    }

    /// <inheritdoc />
    public void SourceFinished(SourceFile source, bool completed)
    {
    }

    /// <summary>
    /// Writes the rows of the source that just ended to <c>partStem + </c><see cref="PartSuffix"/> atomically, then
    /// drops them from memory: a resumable run rebuilds the index from the parts (<see cref="Rebuild"/>).
    /// </summary>
    public void SavePart(SourceFile source, string partStem)
    {
        var count = _rows.Count - _sourceStart;
        SubjectPart.Write(partStem + PartSuffix, _rows, _sourceStart, count);
        _rows.RemoveRange(_sourceStart, count);
    }

    /// <inheritdoc />
    public void Complete(RunReport report) => WriteIndex();

    /// <inheritdoc />
    public void Rebuild(IReadOnlyList<(SourceFile Source, string PartStem)> parts, RunReport report)
    {
        _rows.Clear();
        foreach (var (source, stem) in parts)
        {
            SubjectPart.Read(stem + PartSuffix, source.RelativePath, _rows);
        }
        WriteIndex();
        _rows.Clear();
    }

    private void WriteIndex()
    {
        var file = AtomicFile.Create(Path.Combine(_outputDirectory, FileName));
        try
        {
            ParquetSerializer.SerializeAsync(_rows, file.Stream).GetAwaiter().GetResult();
            file.Commit();
        }
        finally
        {
            file.Abort();
        }
        new SubjectIndexManifest
        {
            Root = _root,
            KeyId = _hasher.KeyId,
            PhoneRegion = _phoneRegion,
            TimeField = _timeField,
            Created = DateTimeOffset.UtcNow,
            Rows = _rows.Count,
        }.Save(_outputDirectory);
    }

    /// <inheritdoc />
    public void Abort() => _rows.Clear();
}
