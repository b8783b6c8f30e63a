namespace PiiScan.Pipeline;

/// <summary>Live counters of a running scan, updated by the pipeline and read by progress displays.</summary>
public sealed class ScanCounters
{
    private long _sourceBytesDone;
    private long _bytesRead;
    private long _recordsRead;
    private long _recordsWritten;
    private long _recordsQuarantined;
    private long _recordsWithFindings;
    private long _findings;
    private int _filesDone;

    /// <summary>Total input bytes as stored on disk (0 when unknown, e.g. stdin).</summary>
    public long SourceBytesTotal { get; internal set; }

    /// <summary>Number of input files.</summary>
    public int FilesTotal { get; internal set; }

    /// <summary>Input bytes (as stored) whose records were written.</summary>
    public long SourceBytesDone => Interlocked.Read(ref _sourceBytesDone);

    /// <summary>Decompressed bytes whose records were written.</summary>
    public long BytesRead => Interlocked.Read(ref _bytesRead);

    /// <summary>Records read (written + quarantined).</summary>
    public long RecordsRead => Interlocked.Read(ref _recordsRead);

    /// <summary>Records written to redacted outputs.</summary>
    public long RecordsWritten => Interlocked.Read(ref _recordsWritten);

    /// <summary>Records quarantined.</summary>
    public long RecordsQuarantined => Interlocked.Read(ref _recordsQuarantined);

    /// <summary>Records with at least one finding.</summary>
    public long RecordsWithFindings => Interlocked.Read(ref _recordsWithFindings);

    /// <summary>Findings so far.</summary>
    public long Findings => Interlocked.Read(ref _findings);

    /// <summary>Files completed.</summary>
    public int FilesDone => Volatile.Read(ref _filesDone);

    internal void AddBatch(long sourceBytesDone, long bytes, long read, long written, long quarantined, long withFindings, long findings)
    {
        Interlocked.Exchange(ref _sourceBytesDone, sourceBytesDone);
        Interlocked.Add(ref _bytesRead, bytes);
        Interlocked.Add(ref _recordsRead, read);
        Interlocked.Add(ref _recordsWritten, written);
        Interlocked.Add(ref _recordsQuarantined, quarantined);
        Interlocked.Add(ref _recordsWithFindings, withFindings);
        Interlocked.Add(ref _findings, findings);
    }

    internal void FileDone() => Interlocked.Increment(ref _filesDone);
}
