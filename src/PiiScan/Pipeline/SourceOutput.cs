using PiiScan.Readers;
using PiiScan.Records;
using PiiScan.Writers;

namespace PiiScan.Pipeline;

/// <summary>
/// The redacted copy of the source being written: a temporary file, the compression stream (same compression as
/// the input) and the format writer. Owned by the writer task.
/// </summary>
internal sealed class SourceOutput(ScanOptions options)
{
    private AtomicFile? _file;
    private Stream? _compressed;
    private RecordWriter? _writer;

    public void Open(SourceFile source)
    {
        Abort();
        if (!options.WriteRedacted)
        {
            return;
        }
        var relative = options.RedactedRelativePath(source);
        var path = Path.Combine(options.OutputDirectory, options.RedactedDirectory, relative.Replace('/', Path.DirectorySeparatorChar));
        _file = AtomicFile.Create(path);
        var format = options.OutputParquet ? InputFormat.Parquet : source.Format;
        var compression = format == InputFormat.Parquet && source.Format != InputFormat.Parquet ? Compression.None : source.Compression;
        _compressed = CompressionStreams.OpenWrite(_file.Stream, compression);
        _writer = FormatRegistry.CreateWriter(source, format, _compressed, options.Reader);
    }

    public void Write(RecordBatch batch) => _writer?.Write(batch);

    /// <summary>Completes the file; a file cut short by cancellation is kept as <c>NAME.partial</c>.</summary>
    public void Close(bool cutShort)
    {
        if (_file is null)
        {
            return;
        }
        _writer!.Complete();
        _writer.Dispose();
        if (!ReferenceEquals(_compressed, _file.Stream))
        {
            _compressed!.Dispose();
        }
        if (cutShort)
        {
            _file.CommitAs(_file.FinalPath + ".partial");
        }
        else
        {
            _file.Commit();
        }
        _file = null;
        _writer = null;
        _compressed = null;
    }

    public void Abort()
    {
        _writer?.Dispose();
        _writer = null;
        _file?.Abort();
        _file = null;
        _compressed = null;
    }
}
