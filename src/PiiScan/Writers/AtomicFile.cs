namespace PiiScan.Writers;

/// <summary>
/// An output file written under a temporary name in the target directory and renamed when complete, so a final
/// name never holds a partial file. <see cref="Abort"/> deletes the temporary file; <see cref="CommitAs"/> renames it.
/// </summary>
public sealed class AtomicFile : IAsyncDisposable
{
    private readonly FileStream _stream;
    private bool _done;

    private AtomicFile(string finalPath, string tempPath, FileStream stream)
    {
        FinalPath = finalPath;
        TempPath = tempPath;
        _stream = stream;
    }

    /// <summary>Where the file ends up.</summary>
    public string FinalPath { get; }

    /// <summary>The temporary name while writing.</summary>
    public string TempPath { get; }

    /// <summary>The stream to write to.</summary>
    public Stream Stream => _stream;

    /// <summary>Creates the directory if needed and opens a temporary file beside <paramref name="finalPath"/>.</summary>
    public static AtomicFile Create(string finalPath)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(finalPath))!;
        Directory.CreateDirectory(dir);
        var temp = Path.Combine(dir, "." + Path.GetFileName(finalPath) + ".tmp-" + Environment.ProcessId);
        var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.None);
        return new AtomicFile(finalPath, temp, stream);
    }

    /// <summary>Flushes to disk and renames to the final path.</summary>
    public void Commit() => CommitAs(FinalPath);

    /// <summary>Flushes to disk and renames to <paramref name="path"/> (e.g. a <c>.partial</c> name after cancellation).</summary>
    public void CommitAs(string path)
    {
        if (_done)
        {
            return;
        }
        _stream.Flush(flushToDisk: true);
        _stream.Dispose();
        File.Move(TempPath, path, overwrite: true);
        _done = true;
    }

    /// <summary>Deletes the temporary file.</summary>
    public void Abort()
    {
        if (_done)
        {
            return;
        }
        _done = true;
        try
        {
            _stream.Dispose();
        }
        catch (IOException)
        {
            // The disk may be full; deleting the temp file below is what matters.
        }
        TryDelete(TempPath);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Abort();
        return ValueTask.CompletedTask;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
