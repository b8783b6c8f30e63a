namespace PiiScan.Reports;

/// <summary>
/// Caches <see cref="RunReport.FoldIndexes"/> per field path: readers intern paths, so the same few strings come back
/// for every finding and folding each one again would allocate per finding. Not thread-safe (one writer task).
/// </summary>
public sealed class FieldPathFolder
{
    private const int MaxEntries = 4096;
    private readonly Dictionary<string, string> _folded = new(StringComparer.Ordinal);

    /// <summary>The folded form of <paramref name="path"/>.</summary>
    public string Fold(string path)
    {
        if (!_folded.TryGetValue(path, out var folded))
        {
            if (_folded.Count >= MaxEntries)
            {
                _folded.Clear();
            }
            _folded[path] = folded = RunReport.FoldIndexes(path);
        }
        return folded;
    }
}
