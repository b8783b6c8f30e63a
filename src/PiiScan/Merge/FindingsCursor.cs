using PiiScan.Reports;

namespace PiiScan.Merge;

/// <summary>
/// Reads a <c>findings.parquet</c> row by row while holding one row group in memory, so merging shards costs memory
/// per shard, not per finding.
/// </summary>
internal sealed class FindingsCursor : IAsyncDisposable
{
    private readonly FileStream _stream;
    private readonly string _path;
    private readonly int _rowGroups;
    private int _nextGroup;
    private List<FindingRow> _rows = [];
    private int _index = -1;

    private FindingsCursor(FileStream stream, string path, bool hasText, int rowGroups)
    {
        _stream = stream;
        _path = path;
        HasText = hasText;
        _rowGroups = rowGroups;
    }

    /// <summary>Whether the table has the <c>text</c> column.</summary>
    public bool HasText { get; }

    /// <summary>The row the cursor is on (valid after <see cref="MoveNextAsync"/> returned true).</summary>
    public FindingRow Current => _rows[_index];

    /// <summary>Opens <paramref name="path"/>; <paramref name="missingMessage"/> is the error when it does not exist.</summary>
    public static async Task<FindingsCursor> OpenAsync(string path, string missingMessage, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new PiiScanException(missingMessage);
        }
        var stream = File.OpenRead(path);
        try
        {
            var (hasText, groups) = await FindingsReader.ReadLayoutAsync(stream, path, cancellationToken).ConfigureAwait(false);
            return new FindingsCursor(stream, path, hasText, groups);
        }
        catch
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Advances to the next row, reading the next row group when the current one is done.</summary>
    public async ValueTask<bool> MoveNextAsync(CancellationToken cancellationToken)
    {
        _index++;
        while (_index >= _rows.Count && _nextGroup < _rowGroups)
        {
            _rows = await FindingsReader.ReadRowGroupAsync(_stream, _path, HasText, _nextGroup++, cancellationToken).ConfigureAwait(false);
            _index = 0;
        }
        return _index < _rows.Count;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _stream.DisposeAsync();
}
